package io.forgepulse.scoring;

import io.forgepulse.domain.Person;
import org.junit.jupiter.api.Test;

import static io.forgepulse.scoring.HistoryBuilder.bot;
import static io.forgepulse.scoring.HistoryBuilder.daysAgo;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

/** ACT.MAINT, ACT.CONTRIB, ACT.RESP, ACT.CLOSE and ACT.REL at their 0/1/2/null boundaries. */
class ActivityLeavesTest {

    private static final Person ALICE = person("alice", "acme");

    @Test
    void maintainedIsNullWithoutCommitsAndZeroWhenArchived() {
        assertThat(Maintained.of(HistoryBuilder.git().facts()).score()).isNull();
        assertThat(Maintained.of(HistoryBuilder.github().archived(true).commits(ALICE, 20, daysAgo(1)).facts()).score()).isZero();
    }

    @Test
    void maintainedCountsCommitsInTheYearAndThirteenInNinetyDays() {
        assertThat(Maintained.of(HistoryBuilder.git().commit(ALICE, daysAgo(365.01)).facts()).score()).isZero();
        assertThat(Maintained.of(HistoryBuilder.git().commit(ALICE, daysAgo(364)).facts()).score()).isEqualTo(1);
        assertThat(Maintained.of(HistoryBuilder.git().commits(ALICE, 12, daysAgo(89)).facts()).score()).isEqualTo(1);
        assertThat(Maintained.of(HistoryBuilder.git().commits(ALICE, 13, daysAgo(89)).facts()).score()).isEqualTo(2);
        assertThat(Maintained.of(HistoryBuilder.git().commits(ALICE, 13, daysAgo(91)).facts()).score()).isEqualTo(1);
    }

    @Test
    void maintainedIgnoresBotCommits() {
        var b = HistoryBuilder.git().commit(ALICE, daysAgo(30)).commits(bot("dependabot[bot]"), 20, daysAgo(5));
        assertThat(Maintained.of(b.facts()).score()).isEqualTo(1);
    }

    @Test
    void contributorsCountEveryKindOfContribution() {
        assertThat(ContributorBase.of(HistoryBuilder.github().facts()).score()).isNull();
        assertThat(contributors(2)).isZero();
        assertThat(contributors(3)).isEqualTo(1);
        assertThat(contributors(19)).isEqualTo(1);
        assertThat(contributors(20)).isEqualTo(2);
    }

    /** n people: one committer, the others each open one issue. */
    private static int contributors(int n) {
        HistoryBuilder b = HistoryBuilder.github().commit(ALICE, daysAgo(10));
        for (int i = 1; i < n; i++) {
            b.issue("i" + i, "user" + i, daysAgo(20), daysAgo(20), null, null);
        }
        b.botIssue("bot", "renovate[bot]", daysAgo(3));
        return ContributorBase.of(b.facts()).score();
    }

    @Test
    void responseNeedsForgeDataAndIssuesOldEnough() {
        assertThat(IssueResponse.of(HistoryBuilder.git().facts()).score()).isNull();
        var young = HistoryBuilder.github().issue("1", "u", daysAgo(29), daysAgo(29), null, null);
        assertThat(IssueResponse.of(young.facts()).score()).isNull();
        var old = HistoryBuilder.github().issue("1", "u", daysAgo(366), daysAgo(366), null, null);
        assertThat(IssueResponse.of(old.facts()).score()).isNull();
    }

    @Test
    void responseTwoNeedsEightyPercentWithinSevenDays() {
        assertThat(response(5, 4, 7)).isEqualTo(2);
        assertThat(response(5, 4, 7.5)).isEqualTo(1);
        assertThat(response(5, 5, 1)).isEqualTo(2);
    }

    @Test
    void responseOneNeedsHalfWithinThirtyDays() {
        assertThat(response(5, 3, 1)).isEqualTo(1);
        assertThat(response(2, 1, 30)).isEqualTo(1);
        assertThat(response(2, 1, 30.5)).isZero();
        assertThat(response(5, 2, 1)).isZero();
        assertThat(response(5, 0, 0)).isZero();
    }

    /** n issues opened 40 days ago, the first {@code answered} answered after {@code days}. */
    private static int response(int n, int answered, double days) {
        HistoryBuilder b = HistoryBuilder.github();
        for (int i = 0; i < n; i++) {
            b.issue("i" + i, "user" + i, daysAgo(40), daysAgo(40), null, i < answered ? daysAgo(40 - days) : null);
        }
        return IssueResponse.of(b.facts()).score();
    }

    @Test
    void closingNeedsForgeDataAndAnOpenedPr() {
        assertThat(ChangeRequestClosing.of(HistoryBuilder.git().facts()).score()).isNull();
        assertThat(ChangeRequestClosing.of(HistoryBuilder.github().facts()).score()).isNull();
    }

    @Test
    void closingRatioAndMedianTimeToClose() {
        assertThat(closing(10, 8, 30)).isEqualTo(2);
        assertThat(closing(10, 8, 31)).isEqualTo(1);
        assertThat(closing(10, 5, 1)).isEqualTo(1);
        assertThat(closing(10, 4, 1)).isZero();
    }

    /** n PRs opened 100 days ago, the first {@code closed} closed after {@code days}. */
    private static int closing(int n, int closed, double days) {
        HistoryBuilder b = HistoryBuilder.github();
        for (int i = 0; i < n; i++) {
            b.pr("p" + i, "user" + i, "CONTRIBUTOR", daysAgo(100), i < closed ? daysAgo(100 - days) : null, null, null, false);
        }
        return ChangeRequestClosing.of(b.facts()).score();
    }

    @Test
    void releasesAreUnknownWhenNothingWasHarvested() {
        assertThat(ReleaseHistory.inYear(HistoryBuilder.git().facts()).score()).isNull();
    }

    @Test
    void releasesInTheYear() {
        assertThat(ReleaseHistory.inYear(releases(0)).score()).isZero();
        assertThat(ReleaseHistory.inYear(releases(1)).score()).isEqualTo(1);
        assertThat(ReleaseHistory.inYear(releases(3)).score()).isEqualTo(1);
        assertThat(ReleaseHistory.inYear(releases(4)).score()).isEqualTo(2);
        assertThat(ReleaseHistory.inYear(HistoryBuilder.git().release("v1", daysAgo(366)).facts()).score()).isZero();
    }

    private static Facts releases(int n) {
        HistoryBuilder b = HistoryBuilder.git().commit(ALICE, daysAgo(3));
        for (int i = 0; i < n; i++) {
            b.release("v1." + i, daysAgo(10 + i));
        }
        return b.facts();
    }
}
