package io.forgepulse.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Asks the active datasource a trivial query: the store's real state, not the pool's. H2 closed by a failed write
 * (a full disk) still reports its connections valid, but refuses every statement.
 */
@ApplicationScoped
public class StoreProbe {

    private final Jdbi jdbi;

    @Inject
    public StoreProbe(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Empty when the store answers within {@code timeout}, else why not (for the log: may name files). */
    public Optional<String> failure(Duration timeout) {
        try {
            jdbi.useHandle(h -> h.createQuery("SELECT 1").setQueryTimeout((int) Math.max(1, timeout.toSeconds()))
                    .mapTo(Integer.class).one());
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(describe(e));
        }
    }

    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return "SQL state " + sql.getSQLState() + ": " + sql.getMessage();
            }
        }
        return e.toString();
    }
}
