package io.forgepulse.store;

import io.forgepulse.domain.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The tracked projects; deleting one deletes everything stored about it (foreign keys cascade). A configured project
 * that left the configuration stays stored, untracked (neither found nor listed), until it is configured again or
 * deleted.
 */
@ApplicationScoped
public class ProjectStore {

    private static final RowMapper<StoredProject> MAPPER = (rs, ctx) -> new StoredProject(
            ProjectId.parse(rs.getString("id")), rs.getString("location"), rs.getString("origin"),
            Timestamps.instant(rs, "added_at"));

    /** The SQLSTATE of a duplicate key, the same on H2 and PostgreSQL (SQL standard class 23). */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final Upsert INSERT_IF_ABSENT = Upsert.into("project").key("id", ":id")
            .column("forge", ":forge").column("path", ":path").column("location", ":location")
            .column("origin", ":origin").column("added_at", ":addedAt")
            .insertIfAbsent();

    private final Jdbi jdbi;
    private final Dialect.Rendering upserts;

    @Inject
    public ProjectStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.upserts = new Dialect.Rendering(jdbi);
    }

    /**
     * Adds the project, or updates its location and origin (and tracks it again, if it had stopped) when it is stored
     * already; true when it was new. An upsert, so instances starting together with one configuration never fail on
     * each other's insert.
     */
    public boolean track(ProjectId id, String location, String origin, Instant now) {
        return jdbi.inTransaction(h -> {
            int inserted = h.createUpdate(upserts.sql(INSERT_IF_ABSENT))
                    .bind("id", id.value()).bind("forge", id.forge().id()).bind("path", id.path())
                    .bind("location", location).bind("origin", origin).bind("addedAt", Timestamps.utc(now))
                    .execute();
            if (inserted == 0) {
                h.createUpdate("UPDATE project SET location = :location, origin = :origin, untracked_at = NULL"
                                + " WHERE id = :id")
                        .bind("id", id.value()).bind("location", location).bind("origin", origin).execute();
            }
            ListingVersion.raise(h, id.value());
            return inserted > 0;
        });
    }

    /**
     * Stops tracking a configured project that left the configuration, keeping its data: it is no longer harvested
     * or listed, and configuring it again tracks it again with its history. True when it was tracked.
     */
    public boolean stopTracking(ProjectId id, Instant now) {
        return changeListed(id, h -> h.createUpdate("UPDATE project SET untracked_at = :now"
                        + " WHERE id = :id AND untracked_at IS NULL")
                .bind("id", id.value()).bind("now", Timestamps.utc(now)).execute());
    }

    /**
     * Adds the project unless it is tracked already, without touching a tracked one; false when it was. The primary
     * key decides, so concurrent requests (on one instance or several sharing a database) add it exactly once.
     */
    public boolean add(ProjectId id, String location, String origin, Instant now) {
        try {
            return changeListed(id, h -> insert(h, id, location, origin, now));
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static int insert(Handle h, ProjectId id, String location, String origin, Instant now) {
        return h.createUpdate("INSERT INTO project (id, forge, path, location, origin, added_at)"
                        + " VALUES (:id, :forge, :path, :location, :origin, :addedAt)")
                .bind("id", id.value()).bind("forge", id.forge().id()).bind("path", id.path())
                .bind("location", location).bind("origin", origin).bind("addedAt", Timestamps.utc(now))
                .execute();
    }

    public boolean untrack(ProjectId id) {
        return changeListed(id, h -> h.createUpdate("DELETE FROM project WHERE id = :id").bind("id", id.value()).execute());
    }

    /** Runs one write of the project's row and, when it changed the row, raises the listing version with it. */
    private boolean changeListed(ProjectId id, HandleCallback<Integer, RuntimeException> write) {
        return jdbi.inTransaction(h -> {
            boolean changed = write.withHandle(h) > 0;
            if (changed) {
                ListingVersion.raise(h, id.value());
            }
            return changed;
        });
    }

    public Optional<StoredProject> find(ProjectId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM project WHERE id = :id AND untracked_at IS NULL")
                .bind("id", id.value()).map(MAPPER).findOne());
    }

    public List<StoredProject> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM project WHERE untracked_at IS NULL ORDER BY id").map(MAPPER).list());
    }
}
