package io.forgepulse.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress of the start-up pass that republishes stored cards and rescores those of an older ruleset:
 * {@code forgepulse_rescoring_pending} projects still to do (0 once done); and of the score history:
 * {@code forgepulse_score_history_pending} past month-end cards counted as missing and not computed yet.
 */
@ApplicationScoped
public class RescoringMeters {

    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger historyPending = new AtomicInteger();

    @Inject
    public RescoringMeters(MeterRegistry registry) {
        Gauge.builder("forgepulse.rescoring.pending", pending, AtomicInteger::get)
                .description("Projects whose stored card the start-up pass has not republished or rescored yet")
                .strongReference(true).register(registry);
        Gauge.builder("forgepulse.score.history.pending", historyPending, AtomicInteger::get)
                .description("Past month-end score cards found missing and not computed yet")
                .strongReference(true).register(registry);
    }

    /** {@code cards} more month-end cards are to be computed (a negative count: fewer). */
    public void historyPending(int cards) {
        historyPending.addAndGet(cards);
    }

    public void pending(int projects) {
        pending.set(projects);
    }

    public void done() {
        pending.decrementAndGet();
    }
}
