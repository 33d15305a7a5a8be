package io.forgepulse.scoring;

import io.forgepulse.domain.AxisScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The LFX Insights cut-offs of the four diversity metrics and the score over the non-null ones. */
class DiversityScoreTest {

    @ParameterizedTest(name = "bus factor {0} -> {1} points")
    @CsvSource({"0,0", "1,0", "2,1", "3,2", "4,2", "5,3", "6,3", "7,4", "9,4", "10,5", "40,5"})
    void contributorDependency(int factor, int points) {
        assertThat(new BusFactor(factor, 0, List.of()).points()).isEqualTo(points);
    }

    @ParameterizedTest(name = "elephant factor {0} -> {1} points")
    @CsvSource({"1,0", "2,1", "3,2", "4,3", "5,3", "6,4", "7,4", "8,5", "12,5"})
    void organizationDependency(int factor, int points) {
        assertThat(new ElephantFactor(factor, 0, 0, List.of(), null).points()).isEqualTo(points);
    }

    @ParameterizedTest(name = "{0} active -> {1} points")
    @CsvSource({"0,0", "1,0", "2,1", "3,1", "4,2", "6,2", "7,3", "10,3", "11,4", "20,4", "21,5"})
    void activeContributors(int active, int points) {
        assertThat(DiversityScore.activePoints(active)).isEqualTo(points);
    }

    @ParameterizedTest(name = "{1} of {0} retained -> {2} points")
    @CsvSource({"100,2,0", "100,3,1", "100,5,1", "20,1,1", "18,1,1", "100,6,2", "100,9,2", "100,10,3", "100,14,3",
            "100,15,4", "100,19,4", "100,20,5", "5,1,5", "3,3,5"})
    void retention(int previous, int retained, int points) {
        assertThat(new Retention(previous, retained).points()).isEqualTo(points);
    }

    @Test
    void retentionWithoutPreviousContributorsIsNull() {
        assertThat(new Retention(0, 0).points()).isNull();
        assertThat(new Retention(0, 0).share()).isNull();
    }

    @Test
    void scoreIsPointsOverFiveTimesTheNonNullMetrics() {
        AxisScore s = DiversityScore.score(List.of(
                new DiversityScore.Metric("a", 2, 3.0, ""),
                new DiversityScore.Metric("b", null, null, ""),
                new DiversityScore.Metric("c", 1, 2.0, ""),
                new DiversityScore.Metric("d", 5, 0.5, "")));
        assertThat(s.score()).isEqualTo(100.0 * 8 / 15);
        assertThat(s.coverage()).isEqualTo(0.75);
        assertThat(DiversityScore.score(List.of(new DiversityScore.Metric("a", null, null, "")))).isEqualTo(AxisScore.NONE);
    }
}
