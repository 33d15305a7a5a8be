package io.forgepulse.scoring;

import org.junit.jupiter.api.Test;

import static io.forgepulse.scoring.HistoryBuilder.daysAgo;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

/** DIV.CAF, DIV.ELEPHANT and DIV.REVIEW at their 0/1/2/null boundaries, with the factors behind them. */
class DiversityLeavesTest {

    @Test
    void busFactorIsNullWithoutCommitsAndZeroWithoutCommitsInTheYear() {
        assertThat(BusFactor.of(HistoryBuilder.git().facts()).value()).isNull();
        assertThat(BusFactor.of(HistoryBuilder.git().facts()).leaf().score()).isNull();
        BusFactor stale = BusFactor.of(HistoryBuilder.git().commit(person("a", null), daysAgo(400)).facts());
        assertThat(stale.value()).isZero();
        assertThat(stale.leaf().score()).isZero();
    }

    @Test
    void busFactorIsTheFewestPeopleOverHalf() {
        assertThat(bus(1).value()).isEqualTo(1);
        assertThat(bus(2).value()).isEqualTo(2);   // 1 + 1 of 2: one person is exactly half, not more
        assertThat(bus(4).value()).isEqualTo(3);   // 4 equal people: two make exactly half
        assertThat(bus(7).value()).isEqualTo(4);
    }

    @Test
    void contributorAbsenceLeaf() {
        assertThat(bus(1).leaf().score()).isZero();
        assertThat(bus(2).leaf().score()).isEqualTo(1);
        assertThat(bus(4).leaf().score()).isEqualTo(1); // factor 3
        assertThat(bus(7).leaf().score()).isEqualTo(2); // factor 4
    }

    /** n people with one commit each in the year. */
    private static BusFactor bus(int n) {
        HistoryBuilder b = HistoryBuilder.git();
        for (int i = 0; i < n; i++) {
            b.commit(person("p" + i, "org" + i), daysAgo(10));
        }
        return BusFactor.of(b.facts());
    }

    @Test
    void elephantFactorLeavesOutUnaffiliatedCommits() {
        var b = HistoryBuilder.git()
                .commit(person("a", "acme"), daysAgo(5))
                .commit(person("b", "beta"), daysAgo(5))
                .commit(person("c", null), daysAgo(5));
        ElephantFactor e = ElephantFactor.of(b.facts());
        assertThat(e.value()).isEqualTo(2);
        assertThat(e.known()).isEqualTo(2);
        assertThat(e.leaf().score()).isEqualTo(1);
    }

    @Test
    void elephantFactorIsNullWhenFewerThanHalfHaveAnOrganization() {
        var third = HistoryBuilder.git()
                .commit(person("a", "acme"), daysAgo(5))
                .commit(person("b", null), daysAgo(5))
                .commit(person("c", null), daysAgo(5));
        assertThat(ElephantFactor.of(third.facts()).value()).isNull();
        assertThat(ElephantFactor.of(third.facts()).leaf().score()).isNull();
        var half = HistoryBuilder.git()
                .commit(person("a", "acme"), daysAgo(5))
                .commit(person("b", null), daysAgo(5));
        assertThat(ElephantFactor.of(half.facts()).value()).isEqualTo(1);
    }

    @Test
    void elephantLeaf() {
        assertThat(elephant(1).leaf().score()).isZero();
        assertThat(elephant(2).leaf().score()).isEqualTo(1);
        assertThat(elephant(3).value()).isEqualTo(2);
        assertThat(elephant(5).value()).isEqualTo(3);
        assertThat(elephant(5).leaf().score()).isEqualTo(2);
    }

    private static ElephantFactor elephant(int organizations) {
        HistoryBuilder b = HistoryBuilder.git();
        for (int i = 0; i < organizations; i++) {
            b.commit(person("p" + i, "org" + i), daysAgo(10));
        }
        return ElephantFactor.of(b.facts());
    }

    @Test
    void reviewNeedsForgeDataAndAMergedPr() {
        assertThat(ReviewCoverage.of(HistoryBuilder.git().facts()).score()).isNull();
        assertThat(ReviewCoverage.of(HistoryBuilder.github().pr("1", "u", "NONE", daysAgo(5), null, null, null, true).facts()).score())
                .isNull();
    }

    @Test
    void reviewShares() {
        assertThat(review(5, 4)).isEqualTo(2);
        assertThat(review(5, 3)).isEqualTo(1);
        assertThat(review(5, 1)).isEqualTo(1);
        assertThat(review(6, 1)).isZero();
        assertThat(review(5, 0)).isZero();
    }

    private static int review(int merged, int reviewed) {
        HistoryBuilder b = HistoryBuilder.github();
        for (int i = 0; i < merged; i++) {
            b.pr("p" + i, "user" + i, "CONTRIBUTOR", daysAgo(20), daysAgo(19), daysAgo(19), "alice", i < reviewed);
        }
        return ReviewCoverage.of(b.facts()).score();
    }
}
