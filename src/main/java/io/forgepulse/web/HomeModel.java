package io.forgepulse.web;

import io.forgepulse.api.ProjectViews;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The home page: every tracked project as the API lists it, with a sparkline of weekly commits, filtered and sorted as
 * asked.
 *
 * @param total how many projects are tracked, before the filter
 */
public record HomeModel(List<Row> rows, int total, String filter, boolean failedOnly, String sort) {

    /** The sort orders the page offers; scores sort best first, the harvest oldest first. */
    static final List<String> SORTS = List.of("name", "activity", "diversity", "maturity", "harvest");

    /**
     * One project.
     *
     * @param spark commits per week, oldest first
     * @param failed its last harvest failed or was interrupted
     */
    public record Row(String id, String href, String apiHref, String activity, String diversity, String maturity,
            String level, String outcome, String outcomeClass, String age, boolean failed, String message,
            List<Integer> spark, String sparkText, String sparkPoints, ProjectViews.Progress progress,
            String progressText) {
    }

    static HomeModel of(List<ProjectViews.Summary> projects, Map<String, List<Integer>> sparks, String filter,
            boolean failedOnly, String sort, Instant now, Locale locale, Function<String, String> words,
            Function<ProjectViews.Progress, String> progressText) {
        String f = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        String s = sort != null && SORTS.contains(sort) ? sort : "name";
        List<Row> rows = projects.stream()
                .filter(p -> f.isEmpty() || p.id().toLowerCase(Locale.ROOT).contains(f))
                .filter(p -> !failedOnly || failed(p))
                .sorted(order(s))
                .map(p -> row(p, sparks.getOrDefault(p.id(), List.of()), now, locale, words, progressText))
                .toList();
        return new HomeModel(rows, projects.size(), filter == null ? "" : filter, failedOnly, s);
    }

    private static Row row(ProjectViews.Summary p, List<Integer> spark, Instant now, Locale locale,
            Function<String, String> words, Function<ProjectViews.Progress, String> progressText) {
        ProjectViews.ScoreSummary sc = p.scores();
        ProjectViews.LastHarvest h = p.lastHarvest();
        String outcome = h == null ? null : h.outcome();
        String href = "/projects/" + p.forge() + "/" + p.path();
        return new Row(p.id(), href, "/api/v1" + href, Shown.score(sc == null ? null : sc.activity()),
                Shown.score(sc == null ? null : sc.diversity()), Shown.score(sc == null ? null : sc.maturity()),
                sc == null ? Shown.NONE : words.apply("level_" + sc.level()),
                outcome == null ? words.apply("never") : words.apply("outcome_" + outcome),
                outcome == null ? "never" : outcome,
                h == null || h.at() == null ? "" : Shown.age(Duration.between(h.at(), now), locale),
                failed(p), h == null ? null : Explanations.of(h.message(), locale), spark,
                spark.stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse(""), points(spark),
                p.progress(), p.progress() == null ? null : progressText.apply(p.progress()));
    }

    /** The sparkline as SVG polyline points in a 100 × 24 box, the busiest week at the top. */
    static String points(List<Integer> spark) {
        int max = Math.max(1, spark.stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < spark.size(); i++) {
            double x = spark.size() == 1 ? 0 : 100.0 * i / (spark.size() - 1);
            double y = 23 - 22.0 * spark.get(i) / max;
            s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return s.toString();
    }

    private static boolean failed(ProjectViews.Summary p) {
        return p.lastHarvest() != null && ("failure".equals(p.lastHarvest().outcome())
                || "interrupted".equals(p.lastHarvest().outcome()));
    }

    private static Comparator<ProjectViews.Summary> order(String sort) {
        Comparator<ProjectViews.Summary> byName = Comparator.comparing(ProjectViews.Summary::id);
        return switch (sort) {
            case "activity" -> bestFirst(p -> p.scores() == null ? null : p.scores().activity()).thenComparing(byName);
            case "diversity" -> bestFirst(p -> p.scores() == null ? null : p.scores().diversity()).thenComparing(byName);
            case "maturity" -> bestFirst(p -> p.scores() == null ? null : p.scores().maturity()).thenComparing(byName);
            case "harvest" -> Comparator.comparing((ProjectViews.Summary p) -> p.lastHarvest() == null
                    ? Instant.MIN : p.lastHarvest().at(), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(byName);
            default -> byName;
        };
    }

    private static Comparator<ProjectViews.Summary> bestFirst(Function<ProjectViews.Summary, Double> score) {
        return Comparator.comparing(score, Comparator.nullsLast(Comparator.reverseOrder()));
    }
}
