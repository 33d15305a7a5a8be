package io.forgepulse.pipeline;

import io.forgepulse.store.StoreProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness follows the store: DOWN with a sentence while the database refuses a query (every request needing it
 * would fail), UP again once the pool has replaced the broken connections. The detail is only logged: it may name
 * files, and /q/health answers without authentication.
 */
@Readiness
@ApplicationScoped
class StoreReadiness implements HealthCheck {

    static final String NAME = "forgepulse store";
    private static final Logger LOG = Logger.getLogger(StoreReadiness.class);
    /** Short: an orchestrator's probe gives up after a few seconds, and a store that slow is not ready anyway. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final StoreProbe probe;
    private final AtomicBoolean down = new AtomicBoolean();

    @Inject
    StoreReadiness(StoreProbe probe) {
        this.probe = probe;
    }

    @Override
    public HealthCheckResponse call() {
        Optional<String> failure = probe.failure(TIMEOUT);
        if (failure.isEmpty()) {
            if (down.compareAndSet(true, false)) {
                LOG.info("the store answers again: ready");
            }
            return HealthCheckResponse.up(NAME);
        }
        if (down.compareAndSet(false, true)) {
            LOG.errorf("the store refuses queries, not ready: %s", failure.get());
        }
        return HealthCheckResponse.named(NAME).down().withData("reason", "the database does not answer a query within "
                + TIMEOUT.toSeconds() + " s, so requests that read or write data fail; check free disk space and the"
                + " service log (the pool replaces broken connections once the database can be opened again)").build();
    }
}
