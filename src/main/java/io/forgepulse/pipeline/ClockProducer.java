package io.forgepulse.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/** The one clock of the service: the system's, or frozen by {@code forgepulse.fixed-now}. */
@ApplicationScoped
class ClockProducer {

    @Produces
    @Singleton
    Clock clock(PipelineConfig config) {
        return config.fixedNow().map(now -> Clock.fixed(now, ZoneOffset.UTC)).orElseGet(Clock::systemUTC);
    }
}
