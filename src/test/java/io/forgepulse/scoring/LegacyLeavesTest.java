package io.forgepulse.scoring;

import io.forgepulse.domain.Person;
import io.forgepulse.domain.ScoreCard;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.forgepulse.scoring.HistoryBuilder.daysAgo;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

/** LEG.AGE, LEG.RELHIST, LEG.CORE and LEG.POP at their 0/1/2/null boundaries. */
class LegacyLeavesTest {

    private static final Person ALICE = person("alice", "acme");

    @Test
    void ageIsNullWithoutCreationDateOrCommit() {
        assertThat(ProjectAge.of(HistoryBuilder.git().facts()).score()).isNull();
    }

    @Test
    void ageCountsCalendarMonthsAndYearsFromForgeCreation() {
        // now = 2026-06-30: three months back is 2026-03-30, three years back 2023-06-30
        assertThat(age("2026-03-30T00:00:01Z")).isZero();
        // month arithmetic clamps to the month's end: 31 March + 3 months is 30 June
        assertThat(age("2026-03-31T00:00:00Z")).isEqualTo(1);
        assertThat(age("2026-03-30T00:00:00Z")).isEqualTo(1);
        assertThat(age("2023-06-30T00:00:00Z")).isEqualTo(1);
        assertThat(age("2023-06-29T23:59:59Z")).isEqualTo(2);
    }

    @Test
    void plainGitAgeUsesTheFirstCommitsAuthorDate() {
        Leaf leaf = ProjectAge.of(HistoryBuilder.git().commit(ALICE, daysAgo(10)).commit(ALICE, daysAgo(4 * 365)).facts());
        assertThat(leaf.score()).isEqualTo(2);
        assertThat(leaf.evidence()).startsWith("first commit");
    }

    @Test
    void creationDateWinsOverAnOlderFirstCommit() {
        Leaf leaf = ProjectAge.of(HistoryBuilder.github().createdAt(daysAgo(30)).commit(ALICE, daysAgo(4 * 365)).facts());
        assertThat(leaf.score()).isZero();
    }

    private static int age(String created) {
        return ProjectAge.of(HistoryBuilder.github().createdAt(Instant.parse(created)).facts()).score();
    }

    @Test
    void releaseHistoryWithoutReleasesIsZeroAndNullWhenNothingWasHarvested() {
        assertThat(ReleaseHistory.history(HistoryBuilder.git().commit(ALICE, daysAgo(3)).facts()).score()).isZero();
        assertThat(ReleaseHistory.history(HistoryBuilder.git().facts()).score()).isNull();
    }

    @Test
    void releaseHistoryNeedsStableOneZeroThreeReleasesAndTwelveMonthsForTwo() {
        assertThat(relhist("v0.9.0", "v0.9.1", "v0.9.2")).as("no stable ≥ 1.0.0").isEqualTo(1);
        assertThat(relhist("v1.0.0", "v1.1.0")).as("fewer than 3").isEqualTo(1);
        assertThat(relhist("v1.0.0-rc.1", "0.9", "0.8")).as("a release candidate is not stable").isEqualTo(1);
        assertThat(relhist("v0.1.0", "v0.2.0", "rel/1.0")).isEqualTo(2);
        assertThat(relhist("5.0.0.Final", "4.9", "4.8")).isEqualTo(2);
    }

    @Test
    void releaseHistoryNeedsTheReleasesToSpanTwelveMonths() {
        // 2025-06-01 plus 12 calendar months is 2026-06-01: exactly twelve months
        var twelve = HistoryBuilder.git()
                .release("v1.0.0", Instant.parse("2025-06-01T00:00:00Z"))
                .release("v1.1.0", Instant.parse("2025-12-01T00:00:00Z"))
                .release("v1.2.0", Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(ReleaseHistory.history(twelve.facts()).score()).isEqualTo(2);
        var eleven = HistoryBuilder.git()
                .release("v1.0.0", Instant.parse("2025-06-02T00:00:00Z"))
                .release("v1.1.0", Instant.parse("2025-12-01T00:00:00Z"))
                .release("v1.2.0", Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(ReleaseHistory.history(eleven.facts()).score()).isEqualTo(1);
    }

    @Test
    void releasesAfterNowAreIgnored() {
        var b = HistoryBuilder.git().commit(ALICE, daysAgo(3)).release("v1.0.0", daysAgo(-5));
        assertThat(ReleaseHistory.history(b.facts()).score()).isZero();
    }

    /** Releases one year apart each, oldest first, the last 10 days ago. */
    private static int relhist(String... tags) {
        HistoryBuilder b = HistoryBuilder.git();
        for (int i = 0; i < tags.length; i++) {
            b.release(tags[i], daysAgo(10 + 365.0 * (tags.length - 1 - i)));
        }
        return ReleaseHistory.history(b.facts()).score();
    }

    @Test
    void coreIsNullWithoutCommitsAndZeroWithoutCommitsInTheYear() {
        assertThat(CoreTeam.of(HistoryBuilder.git().facts()).score()).isNull();
        assertThat(CoreTeam.of(HistoryBuilder.git().commit(ALICE, daysAgo(400)).facts()).score()).isZero();
    }

    @Test
    void coreCountsPeopleWithAtLeastFivePercent() {
        assertThat(core(2)).isZero();
        assertThat(core(3)).isEqualTo(1);
        assertThat(core(7)).isEqualTo(1);
        assertThat(core(8)).isEqualTo(2);
        // 19 + 1: the second person has exactly 5 %
        var b = HistoryBuilder.git().commits(ALICE, 19, daysAgo(5)).commit(person("bob", null), daysAgo(5));
        assertThat(CoreTeam.of(b.facts()).value()).isEqualTo("2");
        // 20 + 1: 1/21 is under 5 %
        var c = HistoryBuilder.git().commits(ALICE, 20, daysAgo(5)).commit(person("bob", null), daysAgo(5));
        assertThat(CoreTeam.of(c.facts()).value()).isEqualTo("1");
    }

    private static int core(int people) {
        HistoryBuilder b = HistoryBuilder.git();
        for (int i = 0; i < people; i++) {
            b.commit(person("p" + i, null), daysAgo(5));
        }
        return CoreTeam.of(b.facts()).score();
    }

    @Test
    void popularityNeedsForgeDataAndCountsStars() {
        assertThat(Popularity.of(HistoryBuilder.git().stars(5000, 10).facts()).score()).isNull();
        assertThat(Popularity.of(HistoryBuilder.github().stars(null, null).facts()).score()).isNull();
        assertThat(Popularity.of(HistoryBuilder.github().stars(49, 1).facts()).score()).isZero();
        assertThat(Popularity.of(HistoryBuilder.github().stars(50, 1).facts()).score()).isEqualTo(1);
        assertThat(Popularity.of(HistoryBuilder.github().stars(999, 1).facts()).score()).isEqualTo(1);
        assertThat(Popularity.of(HistoryBuilder.github().stars(1000, 1).facts()).score()).isEqualTo(2);
    }

    @Test
    void releaseCandidatesAndOtherTagsAreListedButNotCounted() {
        HistoryBuilder b = HistoryBuilder.git().commits(HistoryBuilder.person("alice", null), 3, HistoryBuilder.NOW.minus(java.time.Duration.ofDays(400)));
        for (String rc : new String[] {"v1.0.0-rc1", "v1.0.0-rc2", "v1.0.0-RC3", "1.1.0.M1", "1.1.0-SNAPSHOT", "v1.1.0-beta",
                "v1.1.0.CR1", "v1.1.0-alpha2"}) {
            b.release(rc, HistoryBuilder.NOW.minus(java.time.Duration.ofDays(30)));
        }
        b.release("v1.0.0", HistoryBuilder.NOW.minus(java.time.Duration.ofDays(20))).release("NAME_1_1", HistoryBuilder.NOW.minus(java.time.Duration.ofDays(10)))
                .release("before-refactoring", HistoryBuilder.NOW.minus(java.time.Duration.ofDays(5)));

        ScoreCard card = ScoreCardCalculator.calculate(b.build(), HistoryBuilder.NOW, ScoringRules.defaults());

        assertThat(card.criterion("ACT.REL").orElseThrow().value()).isEqualTo("2");
        assertThat(card.criterion("LEG.RELHIST").orElseThrow().value()).isEqualTo("2");
        assertThat(card.criterion("ACT.REL").orElseThrow().evidence()).contains("v1.0.0, NAME_1_1").contains("not counted").contains("v1.0.0-rc1")
                .contains("before-refactoring");
    }
}
