package io.forgepulse.scoring;

import static io.forgepulse.scoring.Candidates.card;
import static io.forgepulse.scoring.Candidates.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ScoreCard;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    private static List<String> ids(List<CandidateRanking.Candidate> candidates) {
        return candidates.stream().map(c -> c.card().project().value()).toList();
    }

    private static CandidateRanking.Result loose(SelectionProfile p, ScoreCard... cards) {
        return CandidateRanking.rank(List.of(cards), p, Selection.LOOSE);
    }

    @Test
    void looseRanksByWeightedMaturityAndListsGaps() {
        SelectionProfile p = profile("SEC.POLICY=critical");
        CandidateRanking.Result r = loose(p, card("git:a", 10.0, "SEC.POLICY=1"), card("git:b", 10.0, ""),
                card("git:c", 10.0, "IND.QA=0 GOV.OWNER=1"));

        assertThat(ids(r.ranked())).containsExactly("git:b", "git:a", "git:c");
        assertThat(r.excluded()).isEmpty();
        assertThat(r.ranked().get(1).gaps()).containsExactly(
                new CandidateRanking.Gap("SEC.POLICY", Relevance.CRITICAL, 1, 2));
        assertThat(r.ranked().get(2).gaps()).as("a relevant leaf at 1 is no gap")
                .containsExactly(new CandidateRanking.Gap("IND.QA", Relevance.RELEVANT, 0, 1));
    }

    @Test
    void ignoredLeavesNeitherScoreNorMakeGaps() {
        SelectionProfile p = profile("IND.QA=ignore");
        CandidateRanking.Result r = loose(p, card("git:a", 10.0, "IND.QA=0"), card("git:b", 10.0, ""));

        assertThat(r.ranked()).allSatisfy(c -> {
            assertThat(c.gaps()).isEmpty();
            assertThat(c.weighted().score()).isEqualTo(100.0);
        });
    }

    @Test
    void strictDropsARelevantZeroAndACriticalBelowTwo() {
        SelectionProfile p = profile("SEC.POLICY=critical");
        CandidateRanking.Result r = CandidateRanking.rank(List.of(card("git:a", 10.0, "SEC.POLICY=1"),
                card("git:b", 10.0, "IND.QA=0"), card("git:c", 10.0, "IND.QA=1"), card("git:d", 10.0, "")),
                p, Selection.STRICT);

        assertThat(ids(r.ranked())).containsExactly("git:d", "git:c");
        assertThat(ids(r.excluded())).as("in the order they would have ranked").containsExactly("git:b", "git:a");
    }

    @Test
    void strictRanksACandidateWithAnUnscoredCriticalLeafAfterTheVerifiedOnes() {
        SelectionProfile p = profile("SEC.POLICY=critical");
        ScoreCard unverified = card("git:a", 90.0, "SEC.POLICY=null");
        ScoreCard weaker = card("git:b", 10.0, "IND.QA=1 IND.DOC=1");

        CandidateRanking.Result strict = CandidateRanking.rank(List.of(unverified, weaker), p, Selection.STRICT);
        assertThat(ids(strict.ranked())).containsExactly("git:b", "git:a");
        assertThat(strict.ranked().get(1).unverified()).containsExactly("SEC.POLICY");
        assertThat(strict.excluded()).isEmpty();

        // Loose ranks on the score alone; the unverified leaf is still reported.
        CandidateRanking.Result loose = loose(p, unverified, weaker);
        assertThat(ids(loose.ranked())).containsExactly("git:a", "git:b");
        assertThat(loose.ranked().get(0).unverified()).containsExactly("SEC.POLICY");
    }

    @Test
    void aNullRelevantLeafNeitherDropsNorMarks() {
        CandidateRanking.Result r = CandidateRanking.rank(List.of(card("git:a", 10.0, "LEG.POP=null")),
                profile(), Selection.STRICT);
        assertThat(r.ranked()).singleElement().satisfies(c -> {
            assertThat(c.unverified()).isEmpty();
            assertThat(c.gaps()).isEmpty();
        });
    }

    @Test
    void equalScoresBreakOnCriticalLeavesAtTwo() {
        // GOV weights: LICENSE 3, the others 1. zed: 3·2 + 0 + 0 + 2 = 8; abc: 3·1 + 2 + 1 + 2 = 8.
        SelectionProfile p = profile("GOV.LICENSE=critical");
        ScoreCard zed = card("git:zed", 10.0, "GOV.OWNER=0 GOV.DOCS=0");
        ScoreCard abc = card("git:abc", 10.0, "GOV.LICENSE=1 GOV.DOCS=1");
        CandidateRanking.Result r = loose(p, abc, zed);

        assertThat(r.ranked().get(0).weighted().score()).isEqualTo(r.ranked().get(1).weighted().score());
        assertThat(ids(r.ranked())).containsExactly("git:zed", "git:abc");
        assertThat(r.ranked().get(0).criticalAtTwo()).isEqualTo(1);
        assertThat(r.ranked().get(1).criticalAtTwo()).isZero();
    }

    @Test
    void thenOnCoverage() {
        CandidateRanking.Result r = loose(profile(), card("git:abc", 10.0, "LEG.POP=null"), card("git:zed", 10.0, ""));

        assertThat(ids(r.ranked())).containsExactly("git:zed", "git:abc");
        assertThat(r.ranked().get(1).weighted().coverage()).isLessThan(1);
    }

    @Test
    void thenOnActivityWithUnknownActivityLast() {
        CandidateRanking.Result r = loose(profile(), card("git:abc", null, ""), card("git:bcd", 10.0, ""),
                card("git:zed", 70.0, ""));

        assertThat(ids(r.ranked())).containsExactly("git:zed", "git:bcd", "git:abc");
    }

    @Test
    void thenOnTheProjectIdSoTheOrderIsReproducible() {
        CandidateRanking.Result r = loose(profile(), card("git:zed", 10.0, ""), card("git:abc", 10.0, ""));

        assertThat(ids(r.ranked())).containsExactly("git:abc", "git:zed");
    }

    @Test
    void aCandidateWithoutAnyScoredLeafRanksLast() {
        String allNull = String.join(" ", SelectionProfile.leafIds().stream().map(l -> l + "=null").toList());
        CandidateRanking.Result r = loose(profile(), card("git:abc", 90.0, allNull), card("git:zed", 10.0, "IND.QA=0"));

        assertThat(ids(r.ranked())).containsExactly("git:zed", "git:abc");
        assertThat(r.ranked().get(1).weighted().score()).isNull();
    }
}
