package io.forgepulse.pipeline;

import io.forgepulse.store.EventsWritten;
import java.time.Duration;

/**
 * How one harvest of one project ended.
 *
 * @param outcome success, failure, or skipped (a harvest of the project was already running)
 */
public record HarvestOutcome(String outcome, EventsWritten written, Duration duration, String message) {

    static final String SKIPPED = "skipped";

    static HarvestOutcome skipped() {
        return new HarvestOutcome(SKIPPED, EventsWritten.NONE, Duration.ZERO, "a harvest of this project is already running");
    }
}
