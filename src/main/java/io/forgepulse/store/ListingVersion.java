package io.forgepulse.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Which state of the project list a read saw: a number that grows with every committed write of what the list shows
 * (a project tracked or not, its latest harvest run, its newest present card), raised in the write's own transaction,
 * so a page read at one version is the page while the version stands. The version is the sum of a few stripes, each
 * raised by the writers of its projects: one row for all would make every run write of every instance wait for the
 * others' commits.
 */
@ApplicationScoped
public class ListingVersion {

    /** How many stripes {@code listing_version} holds (V12). */
    private static final int STRIPES = 16;

    private final Jdbi jdbi;

    @Inject
    public ListingVersion(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The current version: one read of the few stripe rows, whatever the number of projects. */
    public long current() {
        return jdbi.withHandle(h -> h.createQuery("SELECT SUM(version) FROM listing_version").mapTo(Long.class).one());
    }

    /**
     * Raises the version inside a transaction that writes what the list shows of the project; run last in it, so a
     * stripe's lock is held only until the commit and its holder never waits for another lock.
     */
    static void raise(Handle h, String projectId) {
        raiseStripe(h, Math.floorMod(projectId.hashCode(), STRIPES));
    }

    /**
     * Raises the version inside a transaction that writes the harvest run {@code runId} (run last in it, likewise).
     * Any stripe would do, since the version is their sum: the run's own spreads writers as well as the project's and
     * needs no read of the project.
     */
    static void raiseForRun(Handle h, long runId) {
        raiseStripe(h, (int) Math.floorMod(runId, (long) STRIPES));
    }

    /**
     * Raises the version for a write that may touch any project (runs of a stopped instance marked interrupted): every
     * stripe, one at a time in stripe order, so two such writers take the locks in the same order.
     */
    static void raiseAll(Handle h) {
        for (int stripe = 0; stripe < STRIPES; stripe++) {
            raiseStripe(h, stripe);
        }
    }

    private static void raiseStripe(Handle h, int stripe) {
        h.createUpdate("UPDATE listing_version SET version = version + 1 WHERE stripe = :stripe")
                .bind("stripe", stripe).execute();
    }
}
