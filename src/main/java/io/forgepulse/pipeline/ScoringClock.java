package io.forgepulse.pipeline;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clock of scoring: the "now" of score cards and the windows of series and pulse, frozen by
 * {@code forgepulse.fixed-now}. The unqualified {@link java.time.Clock} is always the system's: harvest bookkeeping
 * (run times, the last success, snapshot times, rate-limit waits) must stay real, or freshness and its alerts lie.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface ScoringClock {
}
