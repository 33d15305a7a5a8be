package io.forgepulse.scoring;

import io.forgepulse.domain.AxisScore;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Axis means, the ×50 scale, and coverage as the share of weight with a non-null leaf. */
class MaturityScoreTest {

    @Test
    void allTwosIsHundredWithFullCoverage() {
        AxisScore s = MaturityScore.score(MaturityLevelsTest.leaves(Map.of()));
        assertThat(s.score()).isEqualTo(100.0);
        assertThat(s.coverage()).isEqualTo(1.0);
    }

    @Test
    void nullLeavesAreSkippedAndLowerCoverage() {
        Map<String, Integer> scores = new HashMap<>();
        // DIV: CAF 2, ELEPHANT null, REVIEW null -> axis mean 2, coverage 1/3 of the axis
        scores.put("DIV.ELEPHANT", null);
        scores.put("DIV.REVIEW", null);
        // SEC: POLICY 0, DEPS 2, SIGNED 1 -> axis mean 1
        scores.put("SEC.POLICY", 0);
        scores.put("SEC.SIGNED", 1);
        AxisScore s = MaturityScore.score(MaturityLevelsTest.leaves(scores));
        // axes: LEG 2, ACT 2, DIV 2, GOV 2, IND 2, SEC 1 -> mean 11/6, × 50
        assertThat(s.score()).isCloseTo(50 * 11 / 6.0, within(1e-9));
        // coverage: (1+1+1/3+1+1+1)/6
        assertThat(s.coverage()).isCloseTo((5 + 1 / 3.0) / 6, within(1e-9));
    }

    @Test
    void weightsComeFromProfiles() {
        Map<String, Integer> scores = new HashMap<>();
        scores.put("SEC.POLICY", 0);
        AxisScore ignored = MaturityScore.score(MaturityLevelsTest.leaves(scores), Map.of("SEC.POLICY", 0.0), Map.of());
        assertThat(ignored.score()).isEqualTo(100.0);
        AxisScore securityOnly = MaturityScore.score(MaturityLevelsTest.leaves(scores), Map.of(),
                Map.of("LEG", 0.0, "ACT", 0.0, "DIV", 0.0, "GOV", 0.0, "IND", 0.0));
        assertThat(securityOnly.score()).isCloseTo(50 * 4 / 3.0, within(1e-9));
    }

    @Test
    void noLeafIsNoScore() {
        Map<String, Integer> scores = new HashMap<>();
        MaturityScore.LEAVES.forEach(id -> scores.put(id, null));
        AxisScore s = MaturityScore.score(MaturityLevelsTest.leaves(scores));
        assertThat(s.score()).isNull();
        assertThat(s.coverage()).isZero();
    }
}
