package io.forgepulse.scoring;

import static io.forgepulse.scoring.Candidates.card;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.forgepulse.domain.ScoreCard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/scoring.md section 8.5, the worked example of comparing candidates, number by number. */
class ComparisonWorkedExampleTest {

    static final SelectionProfile EXAMPLE = SelectionProfile.parse("example", "example.properties", List.of(
            "GOV.LICENSE=critical", "SEC.POLICY=critical", "LEG.POP=ignore", "axis.SEC=2"));

    static final List<ScoreCard> CANDIDATES = List.of(
            card("git:alpha", 40.0, "IND.QA=1 DIV.CAF=1"),
            card("git:beta", 60.0, "SEC.POLICY=0"),
            card("git:gamma", 30.0, "GOV.LICENSE=null ACT.REL=1"),
            card("git:delta", 70.0, "IND.QA=1 DIV.CAF=1"));

    private static List<String> ids(List<CandidateRanking.Candidate> candidates) {
        return candidates.stream().map(c -> c.card().project().value()).toList();
    }

    @Test
    void weightedScoresCoverageAndCriticalLeaves() {
        CandidateRanking.Result r = CandidateRanking.rank(CANDIDATES, EXAMPLE, Selection.LOOSE);
        CandidateRanking.Candidate gamma = r.ranked().get(0);
        CandidateRanking.Candidate delta = r.ranked().get(1);
        CandidateRanking.Candidate alpha = r.ranked().get(2);
        CandidateRanking.Candidate beta = r.ranked().get(3);

        assertThat(alpha.weighted().score()).isCloseTo(96.19, within(0.005));
        assertThat(beta.weighted().score()).isCloseTo(82.86, within(0.005));
        assertThat(gamma.weighted().score()).isCloseTo(98.57, within(0.005));
        assertThat(gamma.weighted().coverage()).isCloseTo(0.9286, within(0.00005));
        assertThat(alpha.weighted().coverage()).isEqualTo(1.0);
        assertThat(alpha.criticalAtTwo()).isEqualTo(2);
        assertThat(gamma.criticalAtTwo()).isEqualTo(1);
        assertThat(beta.gaps()).containsExactly(new CandidateRanking.Gap("SEC.POLICY", Relevance.CRITICAL, 0, 2));
        assertThat(gamma.unverified()).containsExactly("GOV.LICENSE");
    }

    @Test
    void looseOrder() {
        CandidateRanking.Result r = CandidateRanking.rank(CANDIDATES, EXAMPLE, Selection.LOOSE);

        assertThat(ids(r.ranked())).containsExactly("git:gamma", "git:delta", "git:alpha", "git:beta");
    }

    @Test
    void strictOrder() {
        CandidateRanking.Result r = CandidateRanking.rank(CANDIDATES, EXAMPLE, Selection.STRICT);

        assertThat(ids(r.ranked())).containsExactly("git:delta", "git:alpha", "git:gamma");
        assertThat(ids(r.excluded())).containsExactly("git:beta");
    }
}
