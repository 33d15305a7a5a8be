package io.forgepulse.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * The one write forgepulse makes to the scheduler's own table ({@code harvest_schedule}, db-scheduler's columns):
 * releasing claims that a stopped process can no longer renew, at start-up, so its projects are harvested at once
 * rather than after the scheduler's dead-claim timeout. Everything else in that table is the scheduler's.
 */
@ApplicationScoped
public class HarvestScheduleStore {

    private final Jdbi jdbi;

    @Inject
    public HarvestScheduleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Releases every claim: only for a database no other live process can hold claims in (embedded H2). */
    public int releaseAllClaims(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE harvest_schedule SET picked = FALSE, picked_by = NULL,"
                        + " last_heartbeat = NULL, execution_time = :now, version = version + 1 WHERE picked")
                .bind("now", Timestamps.utc(now)).execute());
    }

    /** Releases the claims held under {@code instance}: called by that instance at start-up, before it claims any. */
    public int releaseClaimsOf(String instance, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE harvest_schedule SET picked = FALSE, picked_by = NULL,"
                        + " last_heartbeat = NULL, execution_time = :now, version = version + 1"
                        + " WHERE picked AND picked_by = :instance")
                .bind("now", Timestamps.utc(now)).bind("instance", instance).execute());
    }
}
