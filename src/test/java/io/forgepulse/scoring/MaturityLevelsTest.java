package io.forgepulse.scoring;

import io.forgepulse.domain.MaturityLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cumulative level with the 90 % rule, the zero rule, null gates and the bottom-up climb. */
class MaturityLevelsTest {

    @Test
    void aGateOnALeafTheCatalogueDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> new MaturityLevels.Gate("LEG.AEG", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown maturity leaf 'LEG.AEG'");
    }

    @Test
    void cumulativeGatesKeepTheHigherMinimum() {
        assertThat(MaturityLevels.cumulative(MaturityLevel.BASIC)).hasSize(6);
        assertThat(MaturityLevels.cumulative(MaturityLevel.INTERMEDIATE))
                .contains(new MaturityLevels.Gate("LEG.RELHIST", 2), new MaturityLevels.Gate("IND.QA", 2))
                .doesNotContain(new MaturityLevels.Gate("LEG.RELHIST", 1))
                .hasSize(13);
        assertThat(MaturityLevels.cumulative(MaturityLevel.ADVANCED)).hasSize(16);
        Map<String, Leaf> perfect = byId(leaves(Map.of()));
        assertThat(MaturityLevels.check(MaturityLevel.BASIC, perfect).maximum()).isEqualTo(7);
        assertThat(MaturityLevels.check(MaturityLevel.INTERMEDIATE, perfect).maximum()).isEqualTo(16);
        assertThat(MaturityLevels.check(MaturityLevel.ADVANCED, perfect).maximum()).isEqualTo(26);
    }

    @Test
    void everyGateMetIsAdvanced() {
        MaturityLevels.Decision d = MaturityLevels.decide(leaves(Map.of()));
        assertThat(d.level()).isEqualTo(MaturityLevel.ADVANCED);
        assertThat(d.provisionalGates()).isEmpty();
    }

    @Test
    void basicAllowsNoShortfall() {
        // 6 of 7 is 85.7 %: under 90 %
        MaturityLevels.Decision d = MaturityLevels.decide(leaves(Map.of("GOV.LICENSE", 1)));
        assertThat(d.level()).isEqualTo(MaturityLevel.INITIAL);
        assertThat(d.checks().get(0).points()).isEqualTo(6);
    }

    @Test
    void aZeroGateFailsTheLevelWhateverThePoints() {
        assertThat(MaturityLevels.decide(leaves(Map.of("SEC.POLICY", 0))).level()).isEqualTo(MaturityLevel.BASIC);
        // DIV.ELEPHANT 0 only matters for advanced: 25 of 26 points would pass, the zero does not
        assertThat(MaturityLevels.decide(leaves(Map.of("DIV.ELEPHANT", 0))).level()).isEqualTo(MaturityLevel.INTERMEDIATE);
    }

    @Test
    void theNinetyPercentRuleLetsAPointGoAtIntermediate() {
        // IND.QA 1: basic 7/7, intermediate 15/16 = 93.75 %, advanced 25/26
        assertThat(MaturityLevels.decide(leaves(Map.of("IND.QA", 1))).level()).isEqualTo(MaturityLevel.ADVANCED);
        // two points short at intermediate: 14/16 = 87.5 %
        MaturityLevels.Decision d = MaturityLevels.decide(leaves(Map.of("IND.QA", 1, "LEG.RELHIST", 1)));
        assertThat(d.level()).isEqualTo(MaturityLevel.BASIC);
        assertThat(d.checks().get(1).points()).isEqualTo(14);
    }

    @Test
    void advancedAllowsTwoPointsShort() {
        // 24/26 = 92.3 %
        assertThat(MaturityLevels.decide(leaves(Map.of("ACT.RESP", 1, "DIV.REVIEW", 1))).level()).isEqualTo(MaturityLevel.ADVANCED);
        // 23/26 = 88.5 %
        assertThat(MaturityLevels.decide(leaves(Map.of("ACT.RESP", 1, "DIV.REVIEW", 1, "SEC.POLICY", 1))).level())
                .isEqualTo(MaturityLevel.INTERMEDIATE);
    }

    @Test
    void theClimbStopsAtTheFirstFailedLevel() {
        // intermediate alone would pass with 15/16, but basic fails at 6/7
        Map<String, Integer> scores = Map.of("GOV.LICENSE", 1);
        assertThat(MaturityLevels.check(MaturityLevel.INTERMEDIATE, byId(leaves(scores))).reached()).isTrue();
        assertThat(MaturityLevels.decide(leaves(scores)).level()).isEqualTo(MaturityLevel.INITIAL);
    }

    @Test
    void nullGatesCountAsAchievedAndMakeTheLevelProvisional() {
        Map<String, Integer> scores = new HashMap<>();
        scores.put("ACT.RESP", null);
        scores.put("DIV.REVIEW", null);
        MaturityLevels.Decision d = MaturityLevels.decide(leaves(scores));
        assertThat(d.level()).isEqualTo(MaturityLevel.ADVANCED);
        assertThat(d.provisionalGates()).containsExactly("ACT.RESP", "DIV.REVIEW");
    }

    @Test
    void onlyTheReachedLevelsNullGatesAreNamed() {
        Map<String, Integer> scores = new HashMap<>();
        scores.put("IND.DOC", null);
        scores.put("DIV.ELEPHANT", null);
        // intermediate: LEG.RELHIST and IND.QA one short each, 14/16
        scores.put("LEG.RELHIST", 1);
        scores.put("IND.QA", 1);
        MaturityLevels.Decision d = MaturityLevels.decide(leaves(scores));
        assertThat(d.level()).isEqualTo(MaturityLevel.BASIC);
        assertThat(d.provisionalGates()).containsExactly("IND.DOC");
    }

    @Test
    void aLevelNeedsHalfOfItsPointsMeasured() {
        Map<String, Integer> scores = new HashMap<>();
        MaturityScore.LEAVES.forEach(id -> scores.put(id, null));
        assertThat(MaturityLevels.decide(leaves(scores)).level()).as("nothing measured").isEqualTo(MaturityLevel.INITIAL);
        // basic: GOV.LICENSE (2) and ACT.MAINT (1) measured = 3 of 7, under half
        scores.put("GOV.LICENSE", 2);
        scores.put("ACT.MAINT", 1);
        assertThat(MaturityLevels.decide(leaves(scores)).level()).isEqualTo(MaturityLevel.INITIAL);
        // plus LEG.RELHIST: 4 of 7
        scores.put("LEG.RELHIST", 1);
        MaturityLevels.Decision d = MaturityLevels.decide(leaves(scores));
        assertThat(d.level()).isEqualTo(MaturityLevel.BASIC);
        assertThat(d.provisionalGates()).containsExactly("IND.DOC", "IND.BUILD", "IND.QA");
    }

    @Test
    void initialHasNoProvisionalGates() {
        Map<String, Integer> scores = new HashMap<>();
        scores.put("IND.DOC", null);
        scores.put("IND.BUILD", 0);
        MaturityLevels.Decision d = MaturityLevels.decide(leaves(scores));
        assertThat(d.level()).isEqualTo(MaturityLevel.INITIAL);
        assertThat(d.provisionalGates()).isEmpty();
    }

    /** All 24 leaves at 2 except the given scores (a null value makes the leaf null). */
    static List<Leaf> leaves(Map<String, Integer> scores) {
        List<Leaf> leaves = new ArrayList<>();
        for (String id : MaturityScore.LEAVES) {
            Integer score = scores.containsKey(id) ? scores.get(id) : Integer.valueOf(2);
            leaves.add(new Leaf(id, score, null, "test"));
        }
        return leaves;
    }

    private static Map<String, Leaf> byId(List<Leaf> leaves) {
        Map<String, Leaf> m = new HashMap<>();
        leaves.forEach(l -> m.put(l.id(), l));
        return m;
    }
}
