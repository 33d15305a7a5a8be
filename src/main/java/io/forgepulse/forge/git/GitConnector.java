package io.forgepulse.forge.git;

import io.forgepulse.domain.Forge;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.Capability;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.TrackedProject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plain git repositories through the {@code git} CLI: a working tree, a bare repository, or a clone URL
 * ({@code file://}, {@code https://}, {@code http://}) mirrored under {@code mirrorsDir}.
 *
 * <p>Streams and their cursor positions:
 * <ul>
 *   <li>"commits": non-merge commits reachable from HEAD, parents first, in batches of {@code batchSize};
 *       the position is the space-separated list of shas already covered (just the tip after a full run).</li>
 *   <li>"tags": every tag as a release, in one batch after the commits, only when the tag list changed;
 *       the position is a SHA-256 of the listing.</li>
 * </ul>
 * {@link #snapshot} fetches a mirrored URL; {@link #harvest} reads what the last snapshot fetched (cloning
 * the mirror first if it does not exist).
 */
public final class GitConnector implements ForgeConnector {

    private final Mirrors mirrors;
    /** The default: two processes keep two cores busy, where an ingest spends most of its time. */
    public static final int LOG_PROCESSES = 2;

    private final int batchSize;
    private final int logProcesses;
    private final Clock clock;
    private final LocationPolicy policy;
    private final KnownRefStates knownStates = new KnownRefStates();

    /**
     * @param mirrorsDir where clone URLs are mirrored, one {@code <project>.git} each
     * @param batchSize commits per batch (the pipeline uses 2000)
     */
    public GitConnector(Path mirrorsDir, int batchSize) {
        this(mirrorsDir, batchSize, Clock.systemUTC());
    }

    /** As {@link #GitConnector(Path, int)}, with the clock that stamps snapshots. */
    public GitConnector(Path mirrorsDir, int batchSize, Clock clock) {
        this(mirrorsDir, batchSize, clock, LocationPolicy.ALLOW_ALL);
    }

    /**
     * As {@link #GitConnector(Path, int, Clock)}, reading only the locations {@code policy} allows, with
     * {@value #LOG_PROCESSES} {@code git log} processes per read.
     */
    public GitConnector(Path mirrorsDir, int batchSize, Clock clock, LocationPolicy policy) {
        this(mirrorsDir, batchSize, clock, policy, LOG_PROCESSES);
    }

    /**
     * As {@link #GitConnector(Path, int, Clock, LocationPolicy)}, with {@code logProcesses} {@code git log} processes
     * reading each range of new commits at once (1 for a single process).
     */
    public GitConnector(Path mirrorsDir, int batchSize, Clock clock, LocationPolicy policy, int logProcesses) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        if (logProcesses < 1) {
            throw new IllegalArgumentException("forgepulse.git.log-processes must be at least 1, got " + logProcesses);
        }
        this.logProcesses = logProcesses;
        this.mirrors = new Mirrors(Objects.requireNonNull(mirrorsDir, "mirrorsDir"));
        this.batchSize = batchSize;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Checks a location before it is stored (for example one posted over the API), with the same rules a harvest
     * applies; returns it trimmed, or throws with a sentence saying what is accepted.
     */
    public String acceptedLocation(String location) throws ForgeException {
        GitLocation.parse(location);
        policy.check(location);
        return location.strip();
    }

    /**
     * Checks only the operator's policy, not that the location exists yet (a configured directory may appear
     * later: its harvest then says what is missing); throws with a sentence naming the knob.
     */
    public void allowedLocation(String location) throws ForgeException {
        policy.check(location);
    }

    @Override
    public Forge forge() {
        return Forge.GIT;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(); // commits, tags and files only
    }

    @Override
    public ProjectSnapshot snapshot(TrackedProject project) throws ForgeException {
        return new SnapshotReader(open(project, true), clock).read();
    }

    /**
     * One {@code for-each-ref} (after fetching a mirrored URL), see {@link RefState}; none while the files it reads
     * did not change since the last one ({@link KnownRefStates}).
     */
    @Override
    public Optional<String> state(TrackedProject project) throws ForgeException {
        GitProcess git = open(project, true);
        return knownStates.state(git.directory(), new RefState(git)::read);
    }

    @Override
    public Map<Instant, ProjectSnapshot> treesAt(TrackedProject project, List<Instant> instants) throws ForgeException {
        return new PastTrees(open(project, false)).at(instants);
    }

    @Override
    public void harvest(TrackedProject project, HarvestCursor cursor, HarvestSink sink) throws ForgeException {
        Objects.requireNonNull(sink, "sink");
        GitProcess git = open(project, false);
        HarvestCursor afterCommits = new CommitHarvest(git, batchSize, logProcesses)
                .run(cursor == null ? HarvestCursor.EMPTY : cursor, sink);
        new TagHarvest(git).run(afterCommits, sink);
    }

    private GitProcess open(TrackedProject project, boolean fetch) throws ForgeException {
        Objects.requireNonNull(project, "project");
        GitLocation location = GitLocation.parse(project.location());
        // Projects stored before the operator narrowed the policy are refused too, not only new ones.
        policy.check(project.location());
        if (!location.isUrl()) {
            // The ceiling stops git from walking up into an enclosing repository when the directory is not one.
            return new GitProcess(location.directory(), location.directory().getParent());
        }
        String name = project.id().path();
        Path mirror = fetch ? mirrors.refresh(name, location.url()) : mirrors.ensure(name, location.url());
        return new GitProcess(mirror, mirror.getParent());
    }
}
