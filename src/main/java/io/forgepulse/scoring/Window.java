package io.forgepulse.scoring;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A half-open interval {@code [start, end)}. Every window in the model is half-open so that consecutive
 * windows (this quarter, the previous quarter) never count an event twice.
 */
record Window(Instant start, Instant end) {

    /** The {@code days} days before {@code end}: {@code [end - days, end)}. */
    static Window daysBefore(Instant end, int days) {
        return new Window(end.minus(Duration.ofDays(days)), end);
    }

    boolean contains(Instant t) {
        return t != null && !t.isBefore(start) && t.isBefore(end);
    }

    boolean contains(OffsetDateTime t) {
        return t != null && contains(t.toInstant());
    }
}
