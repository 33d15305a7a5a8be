package io.forgepulse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgepulse.api.ProjectViews;
import io.forgepulse.domain.SeriesPoint;
import io.forgepulse.scoring.MaturityLeaf;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The page view models on hand-made inputs: what a reader sees in each cell, computed by hand. */
class ViewModelTest {

    private static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");
    private static final Function<String, String> WORDS = key -> "<" + key + ">";
    private static final Function<ProjectViews.Progress, String> NO_PROGRESS = p -> "";

    private static ProjectViews.Summary summary(String id, Double maturity, String outcome, Instant at) {
        String forge = id.substring(0, id.indexOf(':'));
        return new ProjectViews.Summary(id, forge, id.substring(id.indexOf(':') + 1),
                outcome == null ? null : new ProjectViews.LastHarvest(at, outcome, 10L,
                        "failure".equals(outcome) ? "no directory at …" : null, false, null),
                maturity == null ? null : new ProjectViews.ScoreSummary(50.0, 40.0, maturity, "basic", at, "r"), null);
    }

    @Test
    void homeSortsBestFirstWithUnscoredLastAndFilters() {
        List<ProjectViews.Summary> projects = List.of(summary("git:b", 40.0, "success", NOW),
                summary("git:a", 72.25, "success", NOW), summary("git:c", null, "failure", NOW.minusSeconds(7200)),
                summary("github:x/y", 40.0, "success", NOW));
        HomeModel byMaturity = HomeModel.of(projects, Map.of(), null, false, "maturity", NOW, Locale.ENGLISH, WORDS, NO_PROGRESS);
        assertThat(byMaturity.rows()).extracting(HomeModel.Row::id)
                .containsExactly("git:a", "git:b", "github:x/y", "git:c");
        assertThat(byMaturity.rows().get(0).maturity()).isEqualTo("72.3"); // HALF_UP of 72.25 at one decimal
        HomeModel.Row failed = byMaturity.rows().get(3);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.outcome()).isEqualTo("<outcome_failure>");
        assertThat(failed.age()).isEqualTo("2 h");
        assertThat(failed.maturity()).isEqualTo("–");
        assertThat(HomeModel.of(projects, Map.of(), "GIT:", true, "name", NOW, Locale.ENGLISH, WORDS, NO_PROGRESS).rows())
                .extracting(HomeModel.Row::id).containsExactly("git:c");
        assertThat(HomeModel.of(projects, Map.of(), "x/", false, "nonsense", NOW, Locale.ENGLISH, WORDS, NO_PROGRESS).sort())
                .isEqualTo("name");
    }

    @Test
    void sparklineCountsRollingWeeksAndDrawsTheBusiestAtTheTop() {
        List<Instant> commits = List.of(NOW.minus(Duration.ofDays(182)), NOW.minus(Duration.ofDays(181)),
                NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(200)));
        Map<LocalDate, Long> days = commits.stream().collect(Collectors.groupingBy(
                t -> LocalDate.ofInstant(t, ZoneOffset.UTC), TreeMap::new, Collectors.counting()));
        List<Integer> weeks = Sparkline.weekly(days, NOW);
        // A commit late on the window's first day is in week 0 too: weeks are whole UTC days.
        assertThat(Sparkline.weekly(Map.of(LocalDate.ofInstant(NOW.minus(Duration.ofDays(182)), ZoneOffset.UTC), 4L),
                NOW.plus(Duration.ofHours(20))).get(0)).isEqualTo(4);
        assertThat(weeks).hasSize(26);
        // 182 days ago is exactly the window's start (26 × 7): week 0 with the one a day later; 200 days is outside.
        assertThat(weeks.get(0)).isEqualTo(2);
        assertThat(weeks.get(25)).isEqualTo(1);
        assertThat(weeks.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        assertThat(HomeModel.points(List.of(0, 2, 1))).isEqualTo("0.0,23.0 50.0,1.0 100.0,12.0");
    }

    @Test
    void chartJoinsSeriesOnOneAxisWithNullWhereASeriesHasNoPoint() {
        Map<String, List<SeriesPoint>> answers = Map.of(
                "commits", List.of(new SeriesPoint(LocalDate.of(2026, 1, 1), 3.0),
                        new SeriesPoint(LocalDate.of(2026, 2, 1), 0.0)),
                "authors", List.of(new SeriesPoint(LocalDate.of(2026, 2, 1), 1.5)));
        Map<String, String> series = new LinkedHashMap<>();
        series.put("commits", "Commits");
        series.put("authors", "Authors \"all\"");
        Chart chart = Chart.of("c", "title", series, answers, true);
        // 2026-01-01 and 2026-02-01 at 00:00 UTC in epoch seconds.
        assertThat(chart.data()).isEqualTo("[[1767225600,1769904000],[3,0],[null,1.50]]");
        assertThat(chart.points()).isEqualTo(3);
        assertThat(chart.labelsJson()).isEqualTo("[\"Commits\",\"Authors \\\"all\\\"\"]");
        assertThat(chart.table()).extracting(Chart.Row::values)
                .containsExactly(List.of("3", "–"), List.of("0", "1.50"));
    }

    @Test
    void everyLeafHasAChineseNameAndAdviceAndEnglishFromTheCatalogue() {
        for (MaturityLeaf leaf : MaturityLeaf.values()) {
            assertThat(LeafTexts.translated(leaf.id())).as(leaf.id()).isTrue();
            assertThat(LeafTexts.name(leaf.id(), Locale.ENGLISH)).isEqualTo(leaf.humanName());
            assertThat(LeafTexts.name(leaf.id(), PageLocale.CHINESE)).isNotEqualTo(leaf.humanName());
        }
        assertThat(LeafTexts.name("GOV.LICENSE", PageLocale.CHINESE)).isEqualTo("清晰的许可证");
    }

    @Test
    void catalogueRefusesAnUnknownLeaf() {
        assertThatThrownBy(() -> MaturityLeaf.of("GOV.LICENCE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GOV.LICENSE");
        assertThat(MaturityLeaf.of("SEC.POLICY").definition()).isEqualTo("docs/scoring.md#leaf-sec-policy");
        assertThat(MaturityLeaf.ids()).hasSize(24).startsWith("LEG.AGE").endsWith("SEC.SIGNED");
    }

    @Test
    void languageFromSwitchThenCookieThenAcceptLanguage() {
        List<Locale> browserSaysChinese = List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH);
        assertThat(PageLocale.resolve(null, null, browserSaysChinese)).isEqualTo(PageLocale.CHINESE);
        assertThat(PageLocale.resolve(null, "en", browserSaysChinese)).isEqualTo(Locale.ENGLISH);
        assertThat(PageLocale.resolve("zh-CN", "en", List.of())).isEqualTo(PageLocale.CHINESE);
        assertThat(PageLocale.resolve("fr", null, List.of(Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
        assertThat(PageLocale.tag(PageLocale.CHINESE)).isEqualTo("zh-CN");
    }

    @Test
    void agesReadInThePagesLanguage() {
        assertThat(Shown.age(Duration.ofSeconds(42), Locale.ENGLISH)).isEqualTo("42 s");
        assertThat(Shown.age(Duration.ofMinutes(5), Locale.ENGLISH)).isEqualTo("5 min");
        assertThat(Shown.age(Duration.ofDays(3), PageLocale.CHINESE)).isEqualTo("3 天");
        assertThat(Shown.share(1, 3)).isEqualTo("33.3 %");
        assertThat(Shown.share(0, 0)).isEqualTo("–");
    }

    @Test
    void explanationsAreChineseOnChinesePagesPartByPartWithTheirDataKept() {
        String evidence = "CONTRIBUTING: none; templates: .github/PULL_REQUEST_TEMPLATE.md; 2 external of 5 merged PRs"
                + " in 365 days whose author association is not OWNER, MEMBER or COLLABORATOR";
        assertThat(Explanations.of(evidence, Locale.SIMPLIFIED_CHINESE)).isEqualTo("贡献指南：无；模板："
                + ".github/PULL_REQUEST_TEMPLATE.md；365 天内合并、作者身份不是 OWNER、MEMBER 或 COLLABORATOR 的拉取请求："
                + "5 项，其中 2 项来自外部");
        // The longest pattern wins: "{a} days" alone would have kept the sentence English.
        assertThat(Explanations.of("7 non-bot commits in 90 days, 28 in 365 days; archived: unknown",
                Locale.SIMPLIFIED_CHINESE)).isEqualTo("90 天内 7 次非机器人提交，365 天内 28 次；已归档：未知");
        assertThat(Explanations.of(evidence, Locale.ENGLISH)).isEqualTo(evidence);
        assertThat(Explanations.of("a sentence no pattern knows", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("a sentence no pattern knows");
        assertThat(Explanations.of(null, Locale.SIMPLIFIED_CHINESE)).isNull();
    }
}
