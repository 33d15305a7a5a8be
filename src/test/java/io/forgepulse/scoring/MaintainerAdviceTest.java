package io.forgepulse.scoring;

import static io.forgepulse.scoring.Candidates.card;
import static io.forgepulse.scoring.Candidates.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaintainerAdviceTest {

    @Test
    void ordersLeavesBelowTwoByTheMaturityTheyWouldAdd() {
        // SEC has 3 leaves, IND 5: raising SEC.POLICY from 0 adds 2/3 of an axis point, IND.QA from 1 adds 1/5.
        List<MaintainerAdvice.Step> steps = MaintainerAdvice.advise(card("git:a", 10.0, "IND.QA=1 SEC.POLICY=0"),
                SelectionProfile.neutral());

        assertThat(steps).extracting(MaintainerAdvice.Step::leaf).containsExactly("SEC.POLICY", "IND.QA");
        assertThat(steps.get(0).gain()).isCloseTo(50 * (2.0 / 3) / 6, within(0.01));
        assertThat(steps.get(1).gain()).isCloseTo(50 * (1.0 / 5) / 6, within(0.01));
        assertThat(steps.get(0).action()).contains("SECURITY.md").contains("contact").contains("disclosure");
    }

    @Test
    void aProfileReordersAndIgnores() {
        SelectionProfile p = profile("IND.QA=critical", "SEC.POLICY=ignore");
        List<MaintainerAdvice.Step> steps = MaintainerAdvice.advise(card("git:a", 10.0, "IND.QA=1 SEC.POLICY=0 GOV.DOCS=1"),
                p);

        assertThat(steps).extracting(MaintainerAdvice.Step::leaf).containsExactly("IND.QA", "GOV.DOCS");
        assertThat(steps.get(0).relevance()).isEqualTo(Relevance.CRITICAL);
    }

    @Test
    void listsUnscoredLeavesTheMaintainerControlsButNotForgeOnlyOnes() {
        List<MaintainerAdvice.Step> steps = MaintainerAdvice.advise(
                card("git:a", 10.0, "SEC.POLICY=null LEG.POP=null ACT.RESP=null IND.QA=0"), SelectionProfile.neutral());

        assertThat(steps).extracting(MaintainerAdvice.Step::leaf).containsExactly("IND.QA", "SEC.POLICY");
        assertThat(steps.get(1).score()).isNull();
    }

    @Test
    void everyLeafHasAnAction() {
        String allZero = String.join(" ", SelectionProfile.leafIds().stream().map(l -> l + "=0").toList());
        assertThat(MaintainerAdvice.advise(card("git:a", 10.0, allZero), SelectionProfile.neutral()))
                .hasSize(24).allSatisfy(s -> assertThat(s.action()).isNotBlank());
    }
}
