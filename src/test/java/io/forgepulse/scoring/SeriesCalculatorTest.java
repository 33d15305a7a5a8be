package io.forgepulse.scoring;

import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.SeriesPoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static io.forgepulse.scoring.HistoryBuilder.bot;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Weekly and monthly series: buckets, zero-fill, ranges, UTC, forge-only metrics and bad input. */
class SeriesCalculatorTest {

    private static final Person ALICE = person("alice", "acme");
    private static final Person BOB = person("bob", null);

    private static Instant t(String s) {
        return Instant.parse(s);
    }

    private static ProjectHistory history() {
        return HistoryBuilder.github()
                .commit(ALICE, t("2026-03-02T10:00:00Z"), 2, 30, 5, List.of(), false)    // Monday, week of 03-02
                .commit(ALICE, t("2026-03-08T23:00:00Z"), 1, 10, 1, List.of(), false)    // Sunday, same week
                .commit(BOB, t("2026-03-09T00:00:00Z"), 1, 7, 0, List.of(), false)       // next Monday
                .commit(bot("dependabot[bot]"), t("2026-03-20T00:00:00Z"), 1, 1, 1, List.of(), false)
                .commit(BOB, t("2026-05-01T00:00:00Z"))
                .release("v1.0.0", t("2026-03-10T00:00:00Z"))
                .issue("i1", "carol", t("2026-03-03T00:00:00Z"), t("2026-03-03T00:00:00Z"), t("2026-04-02T00:00:00Z"), null)
                .pr("p1", "bob", "CONTRIBUTOR", t("2026-03-04T00:00:00Z"), t("2026-03-05T00:00:00Z"), t("2026-03-05T00:00:00Z"), "alice", true)
                .comment("c1", "i1", "alice", t("2026-03-03T12:00:00Z"), false)
                .build();
    }

    @Test
    void weeklyCommitsAreZeroFilledFromMondayToMonday() {
        List<SeriesPoint> s = SeriesCalculator.series(history(), "commits", Bucket.WEEK, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 25));
        assertThat(s).containsExactly(
                new SeriesPoint(LocalDate.of(2026, 3, 2), 2.0),
                new SeriesPoint(LocalDate.of(2026, 3, 9), 1.0),
                new SeriesPoint(LocalDate.of(2026, 3, 16), 1.0),
                new SeriesPoint(LocalDate.of(2026, 3, 23), 0.0));
    }

    @Test
    void nullBoundsUseTheDataRange() {
        List<SeriesPoint> s = SeriesCalculator.series(history(), "commits", Bucket.MONTH, null, null);
        assertThat(s).containsExactly(
                new SeriesPoint(LocalDate.of(2026, 3, 1), 4.0),
                new SeriesPoint(LocalDate.of(2026, 4, 1), 0.0),
                new SeriesPoint(LocalDate.of(2026, 5, 1), 1.0));
    }

    @Test
    void authorsAndNewContributorsLeaveBotsOut() {
        assertThat(SeriesCalculator.series(history(), "authors", Bucket.MONTH, null, null)).extracting(SeriesPoint::value)
                .containsExactly(2.0, 0.0, 1.0);
        assertThat(SeriesCalculator.series(history(), "new_contributors", Bucket.MONTH, null, null)).extracting(SeriesPoint::value)
                .containsExactly(2.0, 0.0, 0.0);
    }

    @Test
    void linesReleasesIssuesAndPrs() {
        LocalDate march = LocalDate.of(2026, 3, 1);
        LocalDate april = LocalDate.of(2026, 4, 30);
        assertThat(values("lines_added", march, april)).containsExactly(48.0, 0.0);
        assertThat(values("lines_deleted", march, april)).containsExactly(7.0, 0.0);
        assertThat(values("releases", march, april)).containsExactly(1.0, 0.0);
        assertThat(values("issues_opened", march, april)).containsExactly(1.0, 0.0);
        assertThat(values("issues_closed", march, april)).containsExactly(0.0, 1.0);
        assertThat(values("prs_opened", march, april)).containsExactly(1.0, 0.0);
        assertThat(values("prs_merged", march, april)).containsExactly(1.0, 0.0);
    }

    @Test
    void activityIndexPerMonth() {
        // carol: issue 2.2235; alice: comment 0.5252; bob: PR opened 4.0679 + merged 2.0339:
        // 1.491140 + 0.724707 + 2.470182 = 4.686030, rounded once to 2 decimals as OpenDigger publishes it
        assertThat(values("activity_index", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).get(0))
                .isEqualTo(4.69);
    }

    @Test
    void theIndexRoundsATieToEvenAsClickHouseRoundsAFloat() {
        assertThat(ActivityIndex.rounded(0.125)).isEqualTo(0.12);
        assertThat(ActivityIndex.rounded(0.375)).isEqualTo(0.38);
        assertThat(ActivityIndex.rounded(5.714610)).isEqualTo(5.71);
    }

    private static List<Double> values(String metric, LocalDate from, LocalDate to) {
        return SeriesCalculator.series(history(), metric, Bucket.MONTH, from, to).stream().map(SeriesPoint::value).toList();
    }

    @Test
    void bucketsFollowTheAuthorDateInUtc() {
        // Sunday 23:30 in UTC-05:00 is Monday 04:30 UTC: the next week
        ProjectHistory h = HistoryBuilder.git().commitWithOffset(ALICE, OffsetDateTime.parse("2026-03-08T23:30:00-05:00")).build();
        assertThat(SeriesCalculator.series(h, "commits", Bucket.WEEK, null, null))
                .containsExactly(new SeriesPoint(LocalDate.of(2026, 3, 9), 1.0));
    }

    @Test
    void plainGitHasNoIssueOrPrSeries() {
        ProjectHistory h = HistoryBuilder.git().commit(ALICE, t("2026-03-02T10:00:00Z")).build();
        for (String metric : List.of("issues_opened", "issues_closed", "prs_opened", "prs_merged", "activity_index",
                "time_to_first_response_days", "time_to_close_days", "time_to_merge_days")) {
            assertThat(SeriesCalculator.series(h, metric, Bucket.MONTH, null, null)).as(metric).isEmpty();
        }
        assertThat(SeriesCalculator.series(h, "commits", Bucket.MONTH, null, null)).hasSize(1);
    }

    @Test
    void timesToRespondCloseAndMergeAreMonthlyMediansInDaysAndNullWhereNothingHappened() {
        ProjectHistory h = HistoryBuilder.github()
                // March: issues answered after 1 and 3 days (median 2), closed after 4 and 10 days (median 7)
                .issue("1", "bob", t("2026-03-01T00:00:00Z"), t("2026-03-05T00:00:00Z"), t("2026-03-05T00:00:00Z"), t("2026-03-02T00:00:00Z"))
                .issue("2", "carol", t("2026-03-10T00:00:00Z"), t("2026-03-20T00:00:00Z"), t("2026-03-20T00:00:00Z"), t("2026-03-13T00:00:00Z"))
                // a bot's issue, answered at once and closed at once, is left out
                .botIssue("3", "dependabot[bot]", t("2026-03-11T00:00:00Z"))
                // May: one PR merged 12 hours after it was opened; none in April
                .pr("4", "bob", "NONE", t("2026-05-02T00:00:00Z"), t("2026-05-02T12:00:00Z"), t("2026-05-02T12:00:00Z"), "alice", true)
                .build();

        assertThat(SeriesCalculator.series(h, "time_to_first_response_days", Bucket.MONTH, null, null))
                .containsExactly(new SeriesPoint(LocalDate.of(2026, 3, 1), 2.0), new SeriesPoint(LocalDate.of(2026, 4, 1), null),
                        new SeriesPoint(LocalDate.of(2026, 5, 1), null));
        assertThat(SeriesCalculator.series(h, "time_to_close_days", Bucket.MONTH, null, null))
                .startsWith(new SeriesPoint(LocalDate.of(2026, 3, 1), 7.0), new SeriesPoint(LocalDate.of(2026, 4, 1), null));
        assertThat(SeriesCalculator.series(h, "time_to_merge_days", Bucket.MONTH, null, null))
                .endsWith(new SeriesPoint(LocalDate.of(2026, 4, 1), null), new SeriesPoint(LocalDate.of(2026, 5, 1), 0.5));
    }

    @Test
    void noDataAndNoRangeIsEmpty() {
        assertThat(SeriesCalculator.series(HistoryBuilder.git().build(), "commits", Bucket.WEEK, null, null)).isEmpty();
        assertThat(SeriesCalculator.series(HistoryBuilder.git().build(), "commits", Bucket.MONTH, LocalDate.of(2026, 1, 15), null))
                .containsExactly(new SeriesPoint(LocalDate.of(2026, 1, 1), 0.0));
    }

    @Test
    void badInputIsRefusedWithASentence() {
        assertThatThrownBy(() -> SeriesCalculator.series(history(), "stars", Bucket.WEEK, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown metric 'stars'")
                .hasMessageContaining("commits, authors, new_contributors");
        assertThatThrownBy(() -> SeriesCalculator.series(history(), "commits", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeriesCalculator.series(history(), "commits", Bucket.WEEK, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
        assertThatThrownBy(() -> SeriesCalculator.series(history(), "commits", Bucket.WEEK, LocalDate.of(1800, 1, 1), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorter range");
    }

    @Test
    void metricsAreListed() {
        assertThat(SeriesCalculator.metrics()).containsExactly("commits", "authors", "new_contributors", "releases", "lines_added",
                "lines_deleted", "issues_opened", "issues_closed", "prs_opened", "prs_merged", "activity_index",
                "time_to_first_response_days", "time_to_close_days", "time_to_merge_days");
    }
}
