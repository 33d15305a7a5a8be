package io.forgepulse.store;

import io.forgepulse.domain.BoundedText;
import io.forgepulse.domain.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The record of every harvest: when, how it ended, how long it took and what it wrote. */
@ApplicationScoped
public class HarvestRunStore {

    private static final RowMapper<HarvestRun> MAPPER = (rs, ctx) -> new HarvestRun(rs.getLong("id"),
            ProjectId.parse(rs.getString("project_id")), Timestamps.instant(rs, "started_at"),
            Timestamps.instant(rs, "finished_at"), rs.getString("outcome"), rs.getObject("duration_ms", Long.class),
            new EventsWritten(rs.getInt("commits"), rs.getInt("releases"), rs.getInt("issues"),
                    rs.getInt("change_requests"), rs.getInt("comments"), rs.getInt("reviews")),
            rs.getString("message"), rs.getString("instance"), rs.getObject("items_expected", Integer.class));

    private final Jdbi jdbi;

    @Inject
    public HarvestRunStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records that {@code instance} started a harvest of the project; the run's id. */
    public long start(ProjectId project, Instant now, String instance) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            INSERT INTO harvest_run (project_id, started_at, outcome, commits, releases, issues,
                                change_requests, comments, reviews, instance)
                            VALUES (:project, :now, :outcome, 0, 0, 0, 0, 0, 0, :instance)""")
                    .bind("project", project.value()).bind("now", Timestamps.utc(now))
                    .bind("outcome", HarvestRun.RUNNING).bind("instance", instance)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            latestIs(h, project, id);
            ListingVersion.raiseForRun(h, id);
            return id;
        });
    }

    private static void latestIs(Handle h, ProjectId project, long runId) {
        // The highest id is the latest run, also when another instance's start of the project commits later.
        h.createUpdate("UPDATE project SET latest_run_id = GREATEST(COALESCE(latest_run_id, 0), :run)"
                        + " WHERE id = :project")
                .bind("run", runId).bind("project", project.value()).execute();
    }

    public void finish(long id, String outcome, Instant now, Duration duration, EventsWritten written, String message) {
        updateRun(id, h -> finish(h, id, outcome, now, duration, written, message));
    }

    /**
     * Records the end of the project's run {@code id} ({@link #start}) in one transaction: how it ended, then the
     * run {@code replacing} goes (the previous run, when it and this one are checks that stored nothing), then the
     * project's runs older than {@code pruneBefore} ({@link #prune}). A harvest so ends in one commit whatever it
     * found, and a project that stays quiet keeps one row of its latest check.
     */
    public void recordEnd(ProjectId project, long id, String outcome, Instant now, Duration duration,
            EventsWritten written, String message, Optional<Long> replacing, Instant pruneBefore) {
        jdbi.useTransaction(h -> {
            int finished = finish(h, id, outcome, now, duration, written, message);
            replacing.ifPresent(run -> delete(h, project, run));
            int pruned = prune(h, project, pruneBefore);
            // One raise for both writes of what the list shows: any stripe would do, and one is one lock.
            if (finished > 0 || pruned > 0) {
                ListingVersion.raiseForRun(h, id);
            }
        });
    }

    private static int finish(Handle h, long id, String outcome, Instant now, Duration duration, EventsWritten written,
            String message) {
        return h.createUpdate("""
                        UPDATE harvest_run SET finished_at = :now, outcome = :outcome, duration_ms = :duration,
                            commits = :commits, releases = :releases, issues = :issues, change_requests = :crs,
                            comments = :comments, reviews = :reviews, message = :message
                        WHERE id = :id""")
                .bind("id", id).bind("now", Timestamps.utc(now)).bind("outcome", outcome)
                .bind("duration", duration.toMillis())
                .bind("commits", written.commits()).bind("releases", written.releases()).bind("issues", written.issues())
                .bind("crs", written.changeRequests()).bind("comments", written.comments())
                .bind("reviews", written.reviews())
                .bind("message", BoundedText.clipped(message, 2000))
                .execute();
    }

    /**
     * Records what a running harvest has stored so far (after each batch), so a reader sees its progress; a run
     * that has finished is left as it is.
     */
    public void progress(long id, EventsWritten written) {
        updateRun(id, h -> h.createUpdate("""
                        UPDATE harvest_run SET commits = :commits, releases = :releases, issues = :issues,
                            change_requests = :crs, comments = :comments, reviews = :reviews
                        WHERE id = :id AND outcome = :running""")
                .bind("id", id).bind("running", HarvestRun.RUNNING)
                .bind("commits", written.commits()).bind("releases", written.releases()).bind("issues", written.issues())
                .bind("crs", written.changeRequests()).bind("comments", written.comments())
                .bind("reviews", written.reviews())
                .execute());
    }

    /**
     * Records how many items a running harvest expects to store in all (see {@link HarvestRun#itemsExpected}); a run
     * that has finished is left as it is.
     */
    public void expect(long id, int items) {
        updateRun(id, h -> h.createUpdate(
                        "UPDATE harvest_run SET items_expected = :items WHERE id = :id AND outcome = :running")
                .bind("id", id).bind("items", items).bind("running", HarvestRun.RUNNING).execute());
    }

    /** Runs one update of the run {@code id} and, when it changed a row, raises the listing version with it. */
    private void updateRun(long id, HandleCallback<Integer, RuntimeException> update) {
        jdbi.useTransaction(h -> {
            if (update.withHandle(h) > 0) {
                ListingVersion.raiseForRun(h, id);
            }
        });
    }

    /**
     * Marks the runs {@code instance} left running as interrupted: called by that instance at start-up, before it
     * harvests, so it never touches another live instance's runs. Runs stored before instances were named (no
     * instance) count as everyone's: they come from a process that has stopped since.
     */
    public int markInterrupted(String instance, Instant now) {
        return updateRuns(h -> h.createUpdate("UPDATE harvest_run SET outcome = :interrupted, finished_at = :now"
                        + " WHERE outcome = :running AND (instance = :instance OR instance IS NULL)")
                .bind("interrupted", HarvestRun.INTERRUPTED).bind("running", HarvestRun.RUNNING)
                .bind("instance", instance).bind("now", Timestamps.utc(now)).execute());
    }

    /**
     * Marks one project's runs by a dead instance interrupted: called by the instance that takes the project over
     * once the scheduler declared the dead instance's claim on it expired (its heartbeat stopped).
     */
    public int markInterrupted(ProjectId project, String deadInstance, Instant now) {
        return jdbi.inTransaction(h -> {
            int marked = h.createUpdate("UPDATE harvest_run SET outcome = :interrupted, finished_at = :now"
                            + " WHERE outcome = :running AND project_id = :project AND instance = :instance")
                    .bind("interrupted", HarvestRun.INTERRUPTED).bind("running", HarvestRun.RUNNING)
                    .bind("project", project.value()).bind("instance", deadInstance).bind("now", Timestamps.utc(now))
                    .execute();
            if (marked > 0) {
                ListingVersion.raise(h, project.value());
            }
            return marked;
        });
    }

    /** Marks every run left running interrupted: for a database only one process can open (embedded H2). */
    public int markAllInterrupted(Instant now) {
        return updateRuns(h -> h.createUpdate("UPDATE harvest_run SET outcome = :interrupted, finished_at = :now"
                        + " WHERE outcome = :running")
                .bind("interrupted", HarvestRun.INTERRUPTED).bind("running", HarvestRun.RUNNING)
                .bind("now", Timestamps.utc(now)).execute());
    }

    /** Runs one update of any projects' runs and, when it changed a row, raises the listing version with it. */
    private int updateRuns(HandleCallback<Integer, RuntimeException> update) {
        return jdbi.inTransaction(h -> {
            int updated = update.withHandle(h);
            if (updated > 0) {
                ListingVersion.raiseAll(h);
            }
            return updated;
        });
    }

    /**
     * Deletes the project's runs that started before {@code before}, except its latest success (the freshness shown
     * for a project whose recent runs all failed). One indexed delete of one project's old rows, run after each
     * harvest, so the table stays proportional to the retention, not to the service's age.
     */
    public int prune(ProjectId project, Instant before) {
        return jdbi.inTransaction(h -> {
            int deleted = prune(h, project, before);
            if (deleted > 0) {
                ListingVersion.raise(h, project.value());
            }
            return deleted;
        });
    }

    /** {@link #prune} inside the caller's transaction, which raises the listing version when rows went. */
    private static int prune(Handle h, ProjectId project, Instant before) {
        // The latest run is among those deleted only when it started before the cut, which a prune right after a
        // harvest never meets; its pointer follows whenever rows go, for a prune at any other time.
        int deleted = h.createUpdate("""
                        DELETE FROM harvest_run WHERE project_id = :project AND started_at < :before
                            AND id <> COALESCE((SELECT MAX(id) FROM harvest_run WHERE project_id = :project
                                AND outcome = :success), -1)""")
                .bind("project", project.value()).bind("before", Timestamps.utc(before))
                .bind("success", HarvestRun.SUCCESS).execute();
        if (deleted > 0) {
            h.createUpdate("""
                            UPDATE project SET latest_run_id = (SELECT MAX(r.id) FROM harvest_run r
                                WHERE r.project_id = :project)
                            WHERE id = :project AND NOT EXISTS (SELECT 1 FROM harvest_run r
                                WHERE r.id = project.latest_run_id)""")
                    .bind("project", project.value()).execute();
        }
        return deleted;
    }

    /**
     * Deletes the project's run {@code id}, one that a later run stands for, unless the project's pointer is at it:
     * the run that replaces it started after it and moved the pointer to itself ({@link #latestIs}), so the pointer
     * never names a deleted run and needs no repair.
     */
    private static void delete(Handle h, ProjectId project, long id) {
        h.createUpdate("""
                        DELETE FROM harvest_run WHERE id = :id
                            AND id <> COALESCE((SELECT latest_run_id FROM project WHERE id = :project), -1)""")
                .bind("id", id).bind("project", project.value()).execute();
    }

    /**
     * Records a check that found nothing to read (a success that stored nothing) in one transaction: it takes the
     * place of the run {@code replacing} (the project's latest run, when that was such a check too), else it is a new
     * finished run; then the project's runs older than {@code pruneBefore} go ({@link #prune}). A project that stays
     * quiet so costs one row and one commit per check, and its table does not grow with the schedule.
     */
    public void recordQuiet(ProjectId project, Optional<Long> replacing, Instant started, Instant now,
            Duration duration, String instance, Instant pruneBefore) {
        jdbi.useTransaction(h -> {
            int replaced = replacing.map(run -> h.createUpdate("""
                            UPDATE harvest_run SET started_at = :started, finished_at = :now, duration_ms = :duration,
                                instance = :instance
                            WHERE id = :id""")
                    .bind("id", run).bind("started", Timestamps.utc(started)).bind("now", Timestamps.utc(now))
                    .bind("duration", duration.toMillis()).bind("instance", instance).execute()).orElse(0);
            long id;
            if (replaced > 0) {
                id = replacing.get();
            } else {
                id = h.createUpdate("""
                                INSERT INTO harvest_run (project_id, started_at, finished_at, outcome, duration_ms,
                                    commits, releases, issues, change_requests, comments, reviews, instance)
                                VALUES (:project, :started, :now, :success, :duration, 0, 0, 0, 0, 0, 0, :instance)""")
                        .bind("project", project.value()).bind("started", Timestamps.utc(started))
                        .bind("now", Timestamps.utc(now)).bind("success", HarvestRun.SUCCESS)
                        .bind("duration", duration.toMillis()).bind("instance", instance)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                latestIs(h, project, id);
            }
            prune(h, project, pruneBefore);
            ListingVersion.raiseForRun(h, id);
        });
    }

    /**
     * The project's latest run, the connector state stored as {@code stateStream}'s position and its present card's
     * ruleset and time: one statement through the project's pointers, for the check that precedes every harvest.
     */
    public LastCheck lastCheck(ProjectId project, String stateStream) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.*, c.position_value AS state, s.ruleset AS card_ruleset,
                            s.computed_at AS card_computed_at
                        FROM project p
                        LEFT JOIN harvest_run r ON r.id = p.latest_run_id
                        LEFT JOIN harvest_cursor c ON c.project_id = p.id AND c.stream = :stream
                        LEFT JOIN score_card s ON s.id = p.present_card_id
                        WHERE p.id = :project""")
                .bind("project", project.value()).bind("stream", stateStream)
                .map((rs, ctx) -> new LastCheck(
                        rs.getObject("id") == null ? Optional.empty() : Optional.of(MAPPER.map(rs, ctx)),
                        Optional.ofNullable(rs.getString("state")), Optional.ofNullable(rs.getString("card_ruleset")),
                        Optional.ofNullable(Timestamps.instant(rs, "card_computed_at"))))
                .findOne()
                .orElse(new LastCheck(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    }

    public Optional<HarvestRun> latest(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM harvest_run WHERE project_id = :project ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .bind("project", project.value()).map(MAPPER).findOne());
    }

    /**
     * The newest successful run. Usually the latest run, found by the project's pointer (V12) and its primary key;
     * only when that one did not succeed are the project's runs sorted (H2 reads all of them for that).
     */
    public Optional<HarvestRun> latestSuccess(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.* FROM project p JOIN harvest_run r ON r.id = p.latest_run_id"
                        + " WHERE p.id = :project AND r.outcome = :success")
                .bind("project", project.value()).bind("success", HarvestRun.SUCCESS).map(MAPPER).findOne()
                .or(() -> h.createQuery("SELECT * FROM harvest_run WHERE project_id = :project"
                        + " AND outcome = :success ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .bind("project", project.value()).bind("success", HarvestRun.SUCCESS).map(MAPPER).findOne()));
    }

    public List<HarvestRun> recent(ProjectId project, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM harvest_run WHERE project_id = :project"
                        + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .bind("project", project.value()).bind("limit", limit).map(MAPPER).list());
    }
}
