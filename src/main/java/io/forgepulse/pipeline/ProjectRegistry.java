package io.forgepulse.pipeline;

import io.forgepulse.domain.Forge;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.UrlCredentials;
import io.forgepulse.forge.Capability;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.metrics.HarvestMeters;
import io.forgepulse.metrics.ProjectMeters;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.StoredProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The tracked projects: those of {@code forgepulse.track} (kept in step with the configuration at each start) and
 * those added over REST (kept until removed over REST).
 */
@ApplicationScoped
public class ProjectRegistry {

    private static final Logger LOG = Logger.getLogger(ProjectRegistry.class);
    /** How long removing a project waits for its running harvest to end. */
    static final java.time.Duration UNTRACK_WAIT = java.time.Duration.ofSeconds(30);

    private final ProjectStore projects;
    private final Connectors connectors;
    private final HarvestMeters meters;
    private final ProjectMeters gauges;
    private final HarvestStep harvests;
    private final Clock clock;
    private final PipelineConfig.UntrackedData untrackedData;

    @Inject
    ProjectRegistry(ProjectStore projects, Connectors connectors, HarvestMeters meters, ProjectMeters gauges,
            HarvestStep harvests, Clock clock, PipelineConfig config) {
        this.untrackedData = config.untrackedData();
        this.gauges = gauges;
        this.projects = projects;
        this.connectors = connectors;
        this.meters = meters;
        this.harvests = harvests;
        this.clock = clock;
    }

    /**
     * Makes the configured projects tracked and stops tracking configured ones that left the configuration: their
     * data is kept (an instance with an older list must not delete what the others track), or deleted when
     * {@code forgepulse.untracked-data=delete}.
     */
    void syncConfigured(List<String> entries) {
        Set<ProjectId> configured = new HashSet<>();
        // One read of the tracked rows, and a write only for an entry that is new or changed: a restart with the
        // same configuration writes nothing, so start-up does not grow with the number of projects (a transaction per
        // project was 31 s before HTTP at 1,000 projects on a busy PostgreSQL).
        Map<ProjectId, StoredProject> tracked = new LinkedHashMap<>();
        projects.all().forEach(p -> tracked.put(p.id(), p));
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                TrackEntry parsed = TrackEntry.parse(entry, this::findsRepository);
                if (!findsRepository(parsed.id().forge())) {
                    connectors.git().allowedLocation(parsed.location());
                }
                configured.add(parsed.id());
                StoredProject stored = tracked.get(parsed.id());
                if (stored == null || !parsed.location().equals(stored.location())
                        || !StoredProject.ORIGIN_CONFIG.equals(stored.origin())) {
                    projects.track(parsed.id(), parsed.location(), StoredProject.ORIGIN_CONFIG, clock.instant());
                }
            } catch (IllegalArgumentException | ForgeException e) {
                LOG.errorf("forgepulse.track entry '%s' ignored, not tracked: %s", UrlCredentials.redacted(entry),
                        UrlCredentials.redacted(e.getMessage()));
            }
        }
        for (StoredProject stored : tracked.values()) {
            if (StoredProject.ORIGIN_CONFIG.equals(stored.origin()) && !configured.contains(stored.id())) {
                if (untrackedData == PipelineConfig.UntrackedData.DELETE) {
                    LOG.infof("%s is no longer in forgepulse.track: no longer tracked, its data deleted", stored.id());
                    untrack(stored.id());
                } else {
                    LOG.infof("%s is no longer in forgepulse.track: no longer tracked, its data kept (DELETE it over the"
                            + " API, or set forgepulse.untracked-data=delete)", stored.id());
                    projects.stopTracking(stored.id(), clock.instant());
                    meters.remove(stored.id());
                    gauges.remove(stored.id());
                }
            }
        }
    }

    /**
     * Starts tracking a project added over REST; false, and nothing changed, when it is tracked already (decided by
     * the database, so concurrent requests add it once). Throws {@link IllegalArgumentException} with a sentence for
     * the caller when the forge or the location cannot work.
     */
    public boolean track(ProjectId id, String location) {
        if (!connectors.supports(id.forge())) {
            throw new IllegalArgumentException("this build cannot harvest " + id.forge().id()
                    + " projects yet; supported: " + supportedForges());
        }
        String checked = findsRepository(id.forge()) ? null : checkGitLocation(location);
        return projects.add(id, checked, StoredProject.ORIGIN_API, clock.instant());
    }

    /**
     * Stops tracking and deletes what is stored about the project, once a running harvest of it has ended; throws
     * {@link IllegalStateException} when that takes longer than {@link #UNTRACK_WAIT}.
     */
    public boolean untrack(ProjectId id) {
        return harvests.whenIdle(id, UNTRACK_WAIT, () -> {
            boolean removed = projects.untrack(id);
            meters.remove(id);
            gauges.remove(id);
            return removed;
        }).orElseThrow(() -> new IllegalStateException("a harvest of " + id + " is running; try again when it has"
                + " ended (see its lastHarvest)"));
    }

    public Optional<StoredProject> find(ProjectId id) {
        return projects.find(id);
    }

    public List<StoredProject> all() {
        return projects.all();
    }

    /**
     * Whether a project of {@code id}'s forge needs a location to be tracked: its connector cannot find the repository
     * from the id alone (plain git).
     */
    public boolean needsLocation(ProjectId id) {
        return !findsRepository(id.forge());
    }

    private boolean findsRepository(Forge forge) {
        return connectors.reads(forge, Capability.FINDS_REPOSITORY);
    }

    private String supportedForges() {
        return String.join(", ", java.util.Arrays.stream(Forge.values()).filter(connectors::supports)
                .map(Forge::id).toList());
    }

    private String checkGitLocation(String location) {
        try {
            return connectors.git().acceptedLocation(location);
        } catch (ForgeException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
