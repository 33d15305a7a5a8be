package io.forgepulse.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress of the start-up pass that republishes stored cards and rescores those of an older ruleset:
 * {@code forgepulse_rescoring_pending} projects still to do (0 once done).
 */
@ApplicationScoped
public class RescoringMeters {

    private final AtomicInteger pending = new AtomicInteger();

    @Inject
    public RescoringMeters(MeterRegistry registry) {
        Gauge.builder("forgepulse.rescoring.pending", pending, AtomicInteger::get)
                .description("Projects whose stored card the start-up pass has not republished or rescored yet")
                .strongReference(true).register(registry);
    }

    public void pending(int projects) {
        pending.set(projects);
    }

    public void done() {
        pending.decrementAndGet();
    }
}
