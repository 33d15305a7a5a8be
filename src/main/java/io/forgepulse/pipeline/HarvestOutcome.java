package io.forgepulse.pipeline;

import io.forgepulse.store.EventsWritten;
import io.forgepulse.store.HarvestRun;
import java.time.Duration;

/**
 * How one harvest of one project ended. {@link #outcome()} is the word stored in {@code harvest_run}, shown by the
 * API as {@code lastHarvest.outcome} and used as the {@code outcome} label of {@code forgepulse_harvest_runs_total}.
 */
public sealed interface HarvestOutcome {

    String outcome();

    EventsWritten written();

    Duration duration();

    /** What a person should know: the failure's or the stop's reason, notes on skipped items; null for none. */
    String message();

    /** Everything new was read and stored. */
    record Succeeded(EventsWritten written, Duration duration, String message) implements HarvestOutcome {
        @Override
        public String outcome() {
            return HarvestRun.SUCCESS;
        }
    }

    /** The run could not do its work; {@code message} says why. */
    record Failed(EventsWritten written, Duration duration, String message) implements HarvestOutcome {
        @Override
        public String outcome() {
            return HarvestRun.FAILURE;
        }
    }

    /**
     * The run ended early without anything being wrong: its request budget was spent, or the forge asked for a longer
     * rate-limit wait than allowed. What it read is stored, and the next harvest resumes from the stored cursor (a large
     * first harvest that progresses this way is not failing).
     */
    record Stopped(EventsWritten written, Duration duration, String message) implements HarvestOutcome {
        @Override
        public String outcome() {
            return HarvestRun.STOPPED;
        }
    }

    /** Not run: a harvest of the project was running already (here, or on another instance). */
    record Skipped() implements HarvestOutcome {

        static final String SKIPPED = "skipped";

        @Override
        public String outcome() {
            return SKIPPED;
        }

        @Override
        public EventsWritten written() {
            return EventsWritten.NONE;
        }

        @Override
        public Duration duration() {
            return Duration.ZERO;
        }

        @Override
        public String message() {
            return "a harvest of this project is already running";
        }
    }
}
