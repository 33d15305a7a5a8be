package io.forgepulse.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/** The service's two clocks: the system's for harvest bookkeeping, and the {@link ScoringClock} that may be frozen. */
@ApplicationScoped
class ClockProducer {

    @Produces
    @Default
    @Singleton
    Clock systemClock() {
        return Clock.systemUTC();
    }

    @Produces
    @ScoringClock
    @Singleton
    Clock scoringClock(PipelineConfig config) {
        return config.fixedNow().map(now -> Clock.fixed(now, ZoneOffset.UTC)).orElseGet(Clock::systemUTC);
    }
}
