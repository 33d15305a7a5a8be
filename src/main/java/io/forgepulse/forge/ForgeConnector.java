package io.forgepulse.forge;

import io.forgepulse.domain.Forge;
import io.forgepulse.domain.ProjectSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The port every source implements: a snapshot of the project, and its events since a cursor. */
public interface ForgeConnector {

    Forge forge();

    /** What this connector reads besides commits and releases ({@link Capability}). */
    Set<Capability> capabilities();

    /** Makes the project readable (for example mirrors a clone URL) and reads its current snapshot. */
    ProjectSnapshot snapshot(TrackedProject project) throws ForgeException;

    /**
     * Makes the project readable, as {@link #snapshot} does, and returns a token of everything {@link #snapshot} and
     * {@link #harvest} depend on: while it stays equal, both would find exactly what they found when it was taken
     * last, so the pipeline need not call them. Empty when the source cannot tell that at less than a harvest's cost
     * (the default: conditional requests are the forges' own way of costing little for nothing new).
     */
    default Optional<String> state(TrackedProject project) throws ForgeException {
        return Optional.empty();
    }

    /**
     * Pushes every event not covered by {@code cursor} to {@code sink}, in batches that each carry the cursor
     * to store with them. Reading again from any stored cursor must yield no lost event; repeats are allowed
     * (the store's writes are idempotent).
     */
    void harvest(TrackedProject project, HarvestCursor cursor, HarvestSink sink) throws ForgeException;

    /**
     * The files each past instant saw: for every instant, the snapshot of the tree of the last commit of the default
     * branch before it (its files, head and detected license; no forge metadata). An instant before the first commit
     * has no entry, and neither has any instant for a source that reads no files (the default). Reads only what an
     * earlier {@link #snapshot} made readable (the mirror is not fetched), and costs no API request.
     */
    default Map<Instant, ProjectSnapshot> treesAt(TrackedProject project, List<Instant> instants) throws ForgeException {
        return Map.of();
    }
}
