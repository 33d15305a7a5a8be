package io.forgepulse.web;

import io.forgepulse.api.AdviceView;
import io.forgepulse.api.ContributorView;
import io.forgepulse.api.ProjectViews;
import io.forgepulse.api.ScoreCardView;
import io.forgepulse.domain.Pulse;
import io.forgepulse.scoring.MaturityLeaf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The project page: the API's score card, advice, series, contributors and pulse, made readable (human names,
 * meaning and advice in the page's language, scores with one decimal, shares in per cent).
 */
public record ProjectModel(String id, String href, String apiHref, ProjectViews.Detail detail, Headline headline,
        List<Axis> axes, List<Signal> signals, List<Step> advice, List<Chart> charts, List<Person> contributors,
        List<Organization> organizations, String busFactor, String elephantFactor, Pulse pulse7, Pulse pulse30,
        List<Badge> badges) {

    /** The three scores, level and coverage. */
    public record Headline(String activity, String diversity, String maturity, String level, boolean provisional,
            String coverage, String computedAt, String ruleset) {
    }

    /** A maturity axis with its leaves in tree order. */
    public record Axis(String id, String name, List<Leaf> leaves) {
    }

    /**
     * A leaf made readable.
     *
     * @param score "0", "1", "2" or the word for unknown
     * @param scoreClass the CSS class that colours it ({@code s0}, {@code s1}, {@code s2}, {@code sna})
     */
    public record Leaf(String id, String name, String score, String scoreClass, String value, String evidence,
            String rule, String advice, String definition) {
    }

    /** An activity signal or diversity metric with its points. */
    public record Signal(String id, String points, String value, String evidence) {
    }

    /** One advice step, biggest gain first. */
    public record Step(String leaf, String name, String score, String gain, String action) {
    }

    /** A contributor of the last year and their share of its commits. */
    public record Person(String name, String organization, int commits, String share, boolean bot) {
    }

    /** An organization of the last year and its share of the commits. */
    public record Organization(String name, int commits, String share) {
    }

    /** A badge and the Markdown that shows it. */
    public record Badge(String score, String url, String markdown) {
    }

    static ProjectModel of(ProjectViews.Detail detail, ScoreCardView card, AdviceView advice, List<Chart> charts,
            List<ContributorView> contributors, Pulse pulse7, Pulse pulse30, String baseUrl, Locale locale,
            Function<String, String> words) {
        String href = "/projects/" + detail.forge() + "/" + detail.path();
        Headline headline = new Headline(Shown.score(card.activity().score()), Shown.score(card.diversity().score()),
                Shown.score(card.maturity().score()), words.apply("level_" + card.maturity().level()),
                card.maturity().provisional(), Shown.percent(card.maturity().coverage()),
                card.computedAt() == null ? "" : card.computedAt().toString(), card.ruleset());
        Map<String, ScoreCardView.Leaf> scored = new HashMap<>();
        card.maturity().criteria().forEach(l -> scored.put(l.id(), l));
        Map<String, List<Leaf>> byAxis = new LinkedHashMap<>();
        for (MaturityLeaf def : MaturityLeaf.values()) { // tree order: a stored card keeps its leaves in any order
            ScoreCardView.Leaf l = scored.get(def.id());
            if (l == null) {
                continue;
            }
            byAxis.computeIfAbsent(def.axis(), k -> new ArrayList<>()).add(new Leaf(l.id(),
                    LeafTexts.name(l.id(), locale), l.score() == null ? words.apply("unknown") : l.score().toString(),
                    l.score() == null ? "sna" : "s" + l.score(), Explanations.of(l.value(), locale),
                    Explanations.of(l.evidence(), locale), LeafTexts.rule(l.id(), locale),
                    LeafTexts.advice(l.id(), locale), l.definition()));
        }
        List<Axis> axes = byAxis.entrySet().stream()
                .map(e -> new Axis(e.getKey(), words.apply("axis_" + e.getKey()), e.getValue())).toList();
        List<Signal> signals = new ArrayList<>();
        card.activity().inputs().forEach(i -> signals.add(signal("activity.", i, locale)));
        card.diversity().inputs().forEach(i -> signals.add(signal("diversity.", i, locale)));
        List<Step> steps = advice == null ? List.of() : advice.steps().stream()
                .map(s -> new Step(s.leaf(), LeafTexts.name(s.leaf(), locale),
                        s.score() == null ? words.apply("unknown") : s.score().toString(),
                        String.format(Locale.ROOT, "+%.1f", s.gain()), LeafTexts.advice(s.leaf(), locale)))
                .toList();
        int total = contributors.stream().mapToInt(ContributorView::commits).sum();
        List<Person> people = contributors.stream().limit(10).map(c -> new Person(c.name(),
                c.organization() == null ? words.apply("noOrganization") : c.organization(), c.commits(),
                Shown.share(c.commits(), total), c.bot())).toList();
        Map<String, Integer> orgs = new LinkedHashMap<>();
        contributors.forEach(c -> orgs.merge(c.organization() == null ? words.apply("noOrganization")
                : c.organization(), c.commits(), Integer::sum));
        List<Organization> organizations = orgs.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .map(e -> new Organization(e.getKey(), e.getValue(), Shown.share(e.getValue(), total))).toList();
        List<Badge> badges = List.of("activity", "diversity", "maturity").stream().map(s -> {
            String url = baseUrl + "/api/v1/projects/" + detail.forge() + "/" + detail.path() + "/badge/" + s + ".svg";
            return new Badge(s, url, "[![" + s + "](" + url + ")](" + baseUrl + href + ")");
        }).toList();
        return new ProjectModel(detail.id(), href, "/api/v1" + href, detail, headline, axes, signals, steps, charts,
                people, organizations, factor(card.measures().get("bus_factor")),
                factor(card.measures().get("elephant_factor")), pulse7, pulse30, badges);
    }

    private static Signal signal(String prefix, ScoreCardView.Input i, Locale locale) {
        return new Signal(prefix + i.id(), Shown.score(i.score()), i.value(), Explanations.of(i.evidence(), locale));
    }

    private static String factor(Double value) {
        return value == null ? Shown.NONE : String.valueOf(Math.round(value));
    }
}
