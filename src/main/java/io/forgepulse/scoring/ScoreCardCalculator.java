package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.HistoryFacts;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ScoreCard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a project's score card under ruleset {@value #RULESET} (docs/scoring.md): the activity, diversity and
 * maturity scores with their coverage, the maturity level, every criterion with its value and evidence, the
 * reported measures and the community profile. A pure function of the history, {@code now} and the rules.
 */
public final class ScoreCardCalculator {

    public static final String RULESET = "forgepulse/2";

    private ScoreCardCalculator() {
    }

    /**
     * @param now the reference instant every window counts back from
     * @param rules configuration; null means {@link ScoringRules#defaults()}
     */
    public static ScoreCard calculate(ProjectHistory history, Instant now, ScoringRules rules) {
        return calculate(history, null, now, rules);
    }

    /**
     * The same card from a history that holds only the events of the card's windows (docs/scoring.md, "What a card
     * reads") and the whole history's facts beyond them.
     *
     * @param whole the whole history's facts seen from {@code now}; null when {@code history} is the whole history
     */
    public static ScoreCard calculate(ProjectHistory history, HistoryFacts whole, Instant now, ScoringRules rules) {
        Objects.requireNonNull(history, "a project history is required");
        Objects.requireNonNull(now, "the reference instant 'now' is required");
        Facts f = new Facts(history, whole, now, rules == null ? ScoringRules.defaults() : rules);

        ActivityScore.Result activity = ActivityScore.of(f);
        BusFactor bus = BusFactor.of(f);
        ElephantFactor elephant = ElephantFactor.of(f);
        Retention retention = Retention.of(f);
        DiversityScore.Result diversity = DiversityScore.of(f, bus, elephant, retention);
        ExternalContributions external = ExternalContributions.of(f);
        List<Leaf> leaves = MaturityScore.leaves(f, bus, elephant, external);
        AxisScore maturity = MaturityScore.score(leaves);
        MaturityLevels.Decision level = MaturityLevels.decide(leaves);

        List<Criterion> criteria = new ArrayList<>();
        leaves.forEach(l -> criteria.add(l.criterion()));
        activity.signals().forEach(s -> criteria.add(s.criterion()));
        diversity.metrics().forEach(m -> criteria.add(m.criterion()));

        return new ScoreCard(history.id(), now, RULESET, activity.axis(), diversity.axis(), maturity, level.level(),
                level.provisionalGates(), criteria, measures(f, bus, elephant, retention, external, level),
                DecisionMode.of(f).mode(), ParticipationMode.of(f, external).mode(), LicenseFamily.of(f.snapshot));
    }

    private static Map<String, Double> measures(Facts f, BusFactor bus, ElephantFactor elephant, Retention retention,
                                                ExternalContributions external, MaturityLevels.Decision level) {
        Map<String, Double> m = new LinkedHashMap<>();
        put(m, "bus_factor", bus.value() == null ? null : bus.value().doubleValue());
        put(m, "elephant_factor", elephant.value() == null ? null : elephant.value().doubleValue());
        Map<String, Long> perPerson = f.commitsPerPerson(f.year);
        long total = perPerson.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            List<Long> ranked = BusFactor.ranked(perPerson).stream().map(Map.Entry::getValue).toList();
            put(m, "top1_share", (double) ranked.get(0) / total);
            put(m, "top2_share", (double) (ranked.get(0) + (ranked.size() > 1 ? ranked.get(1) : 0)) / total);
        }
        if (f.hasEvents()) {
            Set<String> organizations = new TreeSet<>();
            for (AttributedCommit c : f.humanCommitsIn(f.year)) {
                if (c.author().organization() != null) {
                    organizations.add(c.author().organization());
                }
            }
            put(m, "organizations", (double) organizations.size());
            put(m, "active_contributors_90d", (double) ActiveContributors.in(f, f.recent).size());
            put(m, "contributors_365d", (double) ActiveContributors.in(f, f.year).size());
            put(m, "commits_365d", (double) total);
        }
        put(m, "retention", retention.share());
        put(m, "external_share", external.share());
        YearMonth lastMonth = YearMonth.from(LocalDate.ofInstant(f.now, ZoneOffset.UTC)).minusMonths(1);
        if (f.history.forgeEvents()) {
            put(m, "activity_index_last_month",
                    ActivityIndex.byBucket(f.history, f.people, Bucket.MONTH).getOrDefault(lastMonth.atDay(1), 0.0));
        }
        if (f.hasCommits()) {
            put(m, "new_contributors_last_month", (double) f.firstCommits().values().stream()
                    .filter(t -> YearMonth.from(LocalDate.ofInstant(t, ZoneOffset.UTC)).equals(lastMonth)).count());
        }
        for (MaturityLevels.Check c : level.checks()) {
            String name = c.level().name().toLowerCase(Locale.ROOT);
            put(m, "level_" + name + "_points", (double) c.points());
            put(m, "level_" + name + "_maximum", (double) c.maximum());
        }
        return m;
    }

    private static void put(Map<String, Double> m, String key, Double value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
