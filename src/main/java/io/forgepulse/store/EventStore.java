package io.forgepulse.store;

import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Events;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;
import io.forgepulse.domain.Signature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Normalized events and harvest cursors. Every write is an idempotent upsert on the source's natural key (in the
 * database's own atomic form, {@link Upsert}, so two instances writing one row never fail a run), and a batch is
 * written in one transaction with its cursor, so a crash keeps both or neither. A commit read again under a changed
 * {@code .mailmap} updates its identities; nothing else of a stored commit changes.
 */
@ApplicationScoped
public class EventStore {

    /**
     * A commit not stored yet; one stored already changes only its identities ({@link #COMMIT_IDENTITIES}), which is
     * how the author lines learn which commits are new without reading them first.
     */
    private static final Upsert INSERT_COMMIT = Upsert.into("commit_event")
            .key("project_id", ":project").key("sha", ":sha")
            .column("author_name", ":authorName").column("author_email", ":authorEmail")
            .column("authored_at", ":authoredAt").column("author_offset_seconds", ":authorOffset")
            .column("committer_name", ":committerName").column("committer_email", ":committerEmail")
            .column("committed_at", ":committedAt").column("committer_offset_seconds", ":committerOffset")
            .column("files_changed", ":files").column("lines_added", ":added").column("lines_deleted", ":deleted")
            .column("signed", ":signed").column("signed_off_by", ":signedOffBy")
            .insertIfAbsent();

    private static final String COMMIT_IDENTITIES = "UPDATE commit_event SET author_name = :authorName,"
            + " author_email = :authorEmail, committer_name = :committerName, committer_email = :committerEmail"
            + " WHERE project_id = :project AND sha = :sha";

    private static final Upsert MERGE_RELEASE = Upsert.into("release_event")
            .key("project_id", ":project").key("tag", ":tag")
            .column("published_at", ":publishedAt").column("offset_seconds", ":offset")
            .column("annotated", ":annotated").column("signed", ":signed").column("has_notes", ":hasNotes")
            .orUpdate("t.published_at <> :publishedAt OR t.annotated <> :annotated OR t.signed <> :signed"
                    + " OR t.has_notes <> :hasNotes", "published_at", "offset_seconds", "annotated", "signed",
                    "has_notes");

    private static final Upsert MERGE_ISSUE = Upsert.into("issue")
            .key("project_id", ":project").key("issue_key", ":key")
            .column("author", ":author").column("author_bot", ":bot").column("author_association", ":association")
            .column("created_at", ":createdAt").column("updated_at", ":updatedAt").column("closed_at", ":closedAt")
            .column("first_response_at", ":firstResponseAt")
            .orUpdate(null, "author", "author_bot", "author_association", "updated_at", "closed_at",
                    "first_response_at");

    private static final Upsert MERGE_CHANGE_REQUEST = Upsert.into("change_request")
            .key("project_id", ":project").key("cr_key", ":key")
            .column("author", ":author").column("author_bot", ":bot").column("author_association", ":association")
            .column("created_at", ":createdAt").column("updated_at", ":updatedAt").column("closed_at", ":closedAt")
            .column("merged_at", ":mergedAt").column("merged_by", ":mergedBy")
            .column("first_response_at", ":firstResponseAt").column("reviewed_by_other", ":reviewedByOther")
            .orUpdate(null, "author", "author_bot", "author_association", "updated_at", "closed_at", "merged_at",
                    "merged_by", "first_response_at", "reviewed_by_other");

    private static final Upsert MERGE_COMMENT = Upsert.into("comment_event")
            .key("project_id", ":project").key("comment_key", ":key")
            .column("parent_kind", ":parentKind").column("parent_key", ":parent").column("author", ":author").column("author_bot", ":bot")
            .column("created_at", ":createdAt").column("review", ":review")
            .insertIfAbsent();

    private static final Upsert MERGE_REVIEW = Upsert.into("review_event")
            .key("project_id", ":project").key("review_key", ":key")
            .column("cr_key", ":cr").column("author", ":author").column("author_bot", ":bot")
            .column("submitted_at", ":submittedAt").column("state", ":state")
            .orUpdate(null, "state");

    private static final Upsert MERGE_CURSOR = Upsert.into("harvest_cursor")
            .key("project_id", ":project").key("stream", ":stream")
            .column("position_value", ":position")
            .orUpdate(null, "position_value");

    static final RowMapper<Commit> COMMIT = (rs, ctx) -> new Commit(
            rs.getString("sha"),
            new Signature(rs.getString("author_name"), rs.getString("author_email"),
                    Timestamps.read(rs, "authored_at", "author_offset_seconds")),
            new Signature(rs.getString("committer_name"), rs.getString("committer_email"),
                    Timestamps.read(rs, "committed_at", "committer_offset_seconds")),
            rs.getInt("files_changed"), rs.getInt("lines_added"), rs.getInt("lines_deleted"),
            splitLines(rs.getString("signed_off_by")), rs.getBoolean("signed"));

    static final RowMapper<Release> RELEASE = (rs, ctx) -> new Release(rs.getString("tag"),
            Timestamps.read(rs, "published_at", "offset_seconds"), rs.getBoolean("annotated"),
            rs.getBoolean("signed"), rs.getBoolean("has_notes"));

    static final RowMapper<Issue> ISSUE = (rs, ctx) -> new Issue(rs.getString("issue_key"),
            rs.getString("author"), rs.getBoolean("author_bot"), AuthorRelation.of(rs.getString("author_association")),
            Timestamps.read(rs, "created_at"), Timestamps.read(rs, "updated_at"), Timestamps.read(rs, "closed_at"),
            Timestamps.read(rs, "first_response_at"));

    static final RowMapper<ChangeRequest> CHANGE_REQUEST = (rs, ctx) -> new ChangeRequest(
            rs.getString("cr_key"), rs.getString("author"), rs.getBoolean("author_bot"),
            AuthorRelation.of(rs.getString("author_association")), Timestamps.read(rs, "created_at"),
            Timestamps.read(rs, "updated_at"),
            Timestamps.read(rs, "closed_at"), Timestamps.read(rs, "merged_at"), rs.getString("merged_by"),
            Timestamps.read(rs, "first_response_at"), rs.getBoolean("reviewed_by_other"));

    static final RowMapper<Comment> COMMENT = (rs, ctx) -> new Comment(rs.getString("comment_key"),
            ItemKind.valueOf(rs.getString("parent_kind")), rs.getString("parent_key"), rs.getString("author"), rs.getBoolean("author_bot"),
            Timestamps.read(rs, "created_at"), rs.getBoolean("review"));

    static final RowMapper<Review> REVIEW = (rs, ctx) -> new Review(rs.getString("review_key"),
            rs.getString("cr_key"), rs.getString("author"), rs.getBoolean("author_bot"),
            Timestamps.read(rs, "submitted_at"), rs.getString("state"));

    /** Values per {@code IN} list: far below every driver's limit on bound parameters. */
    static final int IN_LIST = 1_000;

    /** The width of {@code harvest_cursor.position_value}; connectors keep their positions within it. */
    public static final int MAX_POSITION = 20_000;

    private final Jdbi jdbi;
    private final Dialect.Rendering upserts;

    @Inject
    public EventStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.upserts = new Dialect.Rendering(jdbi);
    }

    /**
     * Writes the events and the cursor positions they advance to (stream name to position; only the streams
     * given are written) in one transaction.
     */
    public EventsWritten write(ProjectId project, Events events, Map<String, String> cursor) {
        cursor.forEach((stream, position) -> {
            if (position.length() > MAX_POSITION) {
                // A connector bug, said plainly rather than as the driver's "value too long" with the whole value.
                throw new StoreRefused("a cursor position of " + position.length() + " characters for the stream "
                        + stream + " (at most " + MAX_POSITION + " fit)", null);
            }
        });
        try {
            return writeInTransaction(project.value(), events, cursor);
        } catch (JdbiException e) {
            throw new StoreRefused("a batch of " + events.size() + " events", e);
        }
    }

    private EventsWritten writeInTransaction(String id, Events events, Map<String, String> cursor) {
        return jdbi.inTransaction(h -> {
            if (events.size() > 0) {
                DataVersions.raise(h, id);
            }
            EventsWritten written = new EventsWritten(
                    commits(h, id, events.commits()),
                    releases(h, id, events.releases()),
                    issues(h, id, events.issues()),
                    changeRequests(h, id, events.changeRequests()),
                    comments(h, id, events.comments()),
                    reviews(h, id, events.reviews()));
            if (!cursor.isEmpty()) {
                PreparedBatch positions = h.prepareBatch(upserts.sql(MERGE_CURSOR));
                cursor.forEach((stream, position) ->
                        positions.bind("project", id).bind("stream", stream).bind("position", position).add());
                positions.execute();
            }
            return written;
        });
    }

    /** Stores one cursor position without events (a stream the pipeline keeps rather than a connector's batch). */
    public void position(ProjectId project, String stream, String position) {
        write(project, Events.ofCommits(List.of()), Map.of(stream, position));
    }

    /** The stored cursor positions by stream; empty before the first harvest. */
    public Map<String, String> cursor(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT stream, position_value FROM harvest_cursor WHERE project_id = :project")
                .bind("project", project.value())
                .reduceRows(new TreeMap<>(), (map, row) -> {
                    map.put(row.getColumn("stream", String.class), row.getColumn("position_value", String.class));
                    return map;
                }));
    }

    /** The cumulative counts the gauges show, counted by the database rather than by loading every event. */
    public EventTotals totals(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT (SELECT COALESCE(SUM(commits), 0) FROM commit_author WHERE project_id = :project) AS commits,
                               (SELECT MAX(last_commit) FROM commit_author WHERE project_id = :project) AS last_commit,
                               (SELECT COUNT(*) FROM release_event WHERE project_id = :project) AS releases,
                               (SELECT COUNT(*) FROM issue WHERE project_id = :project) AS issues_opened,
                               (SELECT COUNT(closed_at) FROM issue WHERE project_id = :project) AS issues_closed,
                               (SELECT COUNT(*) FROM change_request WHERE project_id = :project) AS crs_opened,
                               (SELECT COUNT(merged_at) FROM change_request WHERE project_id = :project) AS crs_merged""")
                .bind("project", project.value())
                .map((rs, ctx) -> new EventTotals(rs.getLong("commits"), rs.getLong("releases"),
                        rs.getLong("issues_opened"), rs.getLong("issues_closed"), rs.getLong("crs_opened"),
                        rs.getLong("crs_merged"), Timestamps.instant(rs, "last_commit")))
                .one());
    }

    /** The oldest commit's author date, from the author lines' totals; empty without commits. */
    public Optional<Instant> firstCommit(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MIN(first_commit) AS first_commit FROM commit_author"
                        + " WHERE project_id = :project")
                .bind("project", project.value())
                .map((rs, ctx) -> Optional.ofNullable(Timestamps.instant(rs, "first_commit")))
                .one());
    }

    public List<Commit> commits(ProjectId project) {
        return list("SELECT * FROM commit_event WHERE project_id = :project ORDER BY authored_at, sha", project, COMMIT);
    }

    public List<Release> releases(ProjectId project) {
        return list("SELECT * FROM release_event WHERE project_id = :project ORDER BY published_at, tag", project, RELEASE);
    }

    public List<Issue> issues(ProjectId project) {
        return list("SELECT * FROM issue WHERE project_id = :project ORDER BY created_at, issue_key", project, ISSUE);
    }

    public List<ChangeRequest> changeRequests(ProjectId project) {
        return list("SELECT * FROM change_request WHERE project_id = :project ORDER BY created_at, cr_key", project,
                CHANGE_REQUEST);
    }

    public List<Comment> comments(ProjectId project) {
        return list("SELECT * FROM comment_event WHERE project_id = :project ORDER BY created_at, comment_key", project,
                COMMENT);
    }

    public List<Review> reviews(ProjectId project) {
        return list("SELECT * FROM review_event WHERE project_id = :project ORDER BY submitted_at, review_key", project,
                REVIEW);
    }

    private <T> List<T> list(String sql, ProjectId project, RowMapper<T> mapper) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("project", project.value()).map(mapper).list());
    }

    /**
     * Inserts the commits not stored yet and updates the identities of stored ones a changed {@code .mailmap} renamed;
     * returns how many rows it wrote. Their author lines are kept up to date in the same transaction.
     */
    private int commits(Handle h, String project, List<Commit> commits) {
        if (commits.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = h.prepareBatch(upserts.sql(INSERT_COMMIT));
        for (Commit c : commits) {
            batch.bind("project", project).bind("sha", c.sha())
                    .bind("authorName", c.author().name()).bind("authorEmail", c.author().email())
                    .bind("authoredAt", Timestamps.utc(c.author().when()))
                    .bind("authorOffset", c.author().when().getOffset().getTotalSeconds())
                    .bind("committerName", c.committer().name()).bind("committerEmail", c.committer().email())
                    .bind("committedAt", Timestamps.utc(c.committer().when()))
                    .bind("committerOffset", c.committer().when().getOffset().getTotalSeconds())
                    .bind("files", c.filesChanged()).bind("added", c.linesAdded()).bind("deleted", c.linesDeleted())
                    .bind("signed", c.signed())
                    .bind("signedOffBy", c.signedOffBy().isEmpty() ? null : String.join("\n", c.signedOffBy()))
                    .add();
        }
        int[] inserted = batch.execute();
        CommitAuthorLines lines = new CommitAuthorLines(h, project);
        List<Commit> stored = new ArrayList<>();
        int written = 0;
        for (int i = 0; i < commits.size(); i++) {
            if (inserted[i] == 1) {
                lines.added(commits.get(i));
                written++;
            } else if (inserted[i] == 0) {
                stored.add(commits.get(i));
            } else {
                // A driver that does not say which rows it inserted (SUCCESS_NO_INFO): the lines are counted again.
                lines.recount(commits.get(i));
                stored.add(commits.get(i));
                written++;
            }
        }
        written += renamed(h, project, stored, lines);
        lines.write();
        return written;
    }

    /** Updates the identities of stored commits that differ from the batch's; returns how many it updated. */
    private static int renamed(Handle h, String project, List<Commit> stored, CommitAuthorLines lines) {
        if (stored.isEmpty()) {
            return 0;
        }
        Map<String, Commit> bySha = new LinkedHashMap<>();
        stored.forEach(c -> bySha.put(c.sha(), c)); // the last of one sha is the one a batch leaves stored
        Map<String, String[]> before = new HashMap<>();
        List<String> shas = List.copyOf(bySha.keySet());
        for (int i = 0; i < shas.size(); i += IN_LIST) {
            h.createQuery("SELECT sha, author_name, author_email, committer_name, committer_email FROM commit_event"
                            + " WHERE project_id = :project AND sha IN (<shas>)")
                    .bind("project", project).bindList("shas", shas.subList(i, Math.min(shas.size(), i + IN_LIST)))
                    .reduceResultSet(before, (map, rs, ctx) -> {
                        map.put(rs.getString("sha"), new String[] {rs.getString("author_name"),
                                rs.getString("author_email"), rs.getString("committer_name"),
                                rs.getString("committer_email")});
                        return map;
                    });
        }
        PreparedBatch updates = h.prepareBatch(COMMIT_IDENTITIES);
        for (Commit c : bySha.values()) {
            String[] was = before.get(c.sha());
            boolean authorMoved = !c.author().name().equals(was[0]) || !c.author().email().equals(was[1]);
            if (authorMoved || !c.committer().name().equals(was[2]) || !c.committer().email().equals(was[3])) {
                updates.bind("project", project).bind("sha", c.sha())
                        .bind("authorName", c.author().name()).bind("authorEmail", c.author().email())
                        .bind("committerName", c.committer().name()).bind("committerEmail", c.committer().email())
                        .add();
            }
            if (authorMoved) {
                lines.moved(was[1], was[0], c);
            }
        }
        return updates.size() == 0 ? 0 : sum(updates.execute());
    }

    private int releases(Handle h, String project, List<Release> releases) {
        if (releases.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = h.prepareBatch(upserts.sql(MERGE_RELEASE));
        for (Release r : releases) {
            batch.bind("project", project).bind("tag", r.tag()).bind("publishedAt", Timestamps.utc(r.publishedAt()))
                    .bind("offset", r.publishedAt().getOffset().getTotalSeconds()).bind("annotated", r.annotated())
                    .bind("signed", r.signed()).bind("hasNotes", r.hasNotes()).add();
        }
        return sum(batch.execute());
    }

    private int issues(Handle h, String project, List<Issue> issues) {
        if (issues.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = h.prepareBatch(upserts.sql(MERGE_ISSUE));
        for (Issue i : issues) {
            batch.bind("project", project).bind("key", i.key()).bind("author", i.author()).bind("bot", i.authorIsBot())
                    .bind("association", i.authorRelation().name()).bind("createdAt", Timestamps.utc(i.createdAt()))
                    .bind("updatedAt", Timestamps.utc(i.updatedAt())).bind("closedAt", Timestamps.utc(i.closedAt()))
                    .bind("firstResponseAt", Timestamps.utc(i.firstResponseAt())).add();
        }
        return sum(batch.execute());
    }

    private int changeRequests(Handle h, String project, List<ChangeRequest> changeRequests) {
        if (changeRequests.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = h.prepareBatch(upserts.sql(MERGE_CHANGE_REQUEST));
        for (ChangeRequest c : changeRequests) {
            batch.bind("project", project).bind("key", c.key()).bind("author", c.author()).bind("bot", c.authorIsBot())
                    .bind("association", c.authorRelation().name()).bind("createdAt", Timestamps.utc(c.createdAt()))
                    .bind("updatedAt", Timestamps.utc(c.updatedAt())).bind("closedAt", Timestamps.utc(c.closedAt()))
                    .bind("mergedAt", Timestamps.utc(c.mergedAt())).bind("mergedBy", c.mergedBy())
                    .bind("firstResponseAt", Timestamps.utc(c.firstResponseAt()))
                    .bind("reviewedByOther", c.reviewedByOther()).add();
        }
        return sum(batch.execute());
    }

    private int comments(Handle h, String project, List<Comment> comments) {
        if (comments.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = h.prepareBatch(upserts.sql(MERGE_COMMENT));
        for (Comment c : comments) {
            batch.bind("project", project).bind("key", c.key()).bind("parentKind", c.parentKind().name())
                    .bind("parent", c.parentKey()).bind("author", c.author())
                    .bind("bot", c.authorIsBot()).bind("createdAt", Timestamps.utc(c.createdAt()))
                    .bind("review", c.review()).add();
        }
        return sum(batch.execute());
    }

    private int reviews(Handle h, String project, List<Review> reviews) {
        if (reviews.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = h.prepareBatch(upserts.sql(MERGE_REVIEW));
        for (Review r : reviews) {
            batch.bind("project", project).bind("key", r.key()).bind("cr", r.changeRequestKey()).bind("author", r.author())
                    .bind("bot", r.authorIsBot()).bind("submittedAt", Timestamps.utc(r.submittedAt()))
                    .bind("state", r.state()).add();
        }
        return sum(batch.execute());
    }

    private static int sum(int[] counts) {
        // Drivers may answer SUCCESS_NO_INFO (-2) for a batched statement; count those as written.
        return Arrays.stream(counts).map(c -> c < 0 ? 1 : c).sum();
    }

    private static List<String> splitLines(String value) {
        return value == null ? List.of() : List.of(value.split("\n"));
    }
}
