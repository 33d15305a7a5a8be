package io.forgepulse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A running harvest's progress, computed by hand: the total where the source said, and the time left at the pace. */
class ProgressTest {

    private static final Instant STARTED = Instant.parse("2026-06-30T00:00:00Z");

    private static ProjectViews.Progress progress(long elapsed, int stored, Integer expected) {
        return ProjectViews.progress(STARTED, elapsed, stored, expected);
    }

    @Test
    void theTimeLeftIsThePaceSoFarAppliedToWhatIsLeft() {
        // 120 items in 40 s is 3 a second; 360 are left of 480: 120 s
        ProjectViews.Progress p = progress(40, 120, 480);
        assertThat(p.itemsTotal()).isEqualTo(480);
        assertThat(p.etaSeconds()).isEqualTo(120);
        assertThat(progress(7, 3, 10).etaSeconds()).as("7 × 7 / 3 = 16.3, rounded").isEqualTo(16);
    }

    @Test
    void withoutATotalOrAPaceThereIsNoEstimate() {
        assertThat(progress(40, 120, null).itemsTotal()).isNull();
        assertThat(progress(40, 120, null).etaSeconds()).isNull();
        assertThat(progress(5, 0, 480).etaSeconds()).as("nothing stored yet").isNull();
        assertThat(progress(0, 10, 480).etaSeconds()).as("no time passed: never negative").isZero();
    }

    @Test
    void aTotalBelowWhatIsStoredIsRaisedToIt() {
        // tags stored beside the commits git counted: the total is what is stored, and no time is left to guess
        ProjectViews.Progress p = progress(40, 505, 500);
        assertThat(p.itemsTotal()).isEqualTo(505);
        assertThat(p.etaSeconds()).isNull();
    }
}
