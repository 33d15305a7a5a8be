package io.forgepulse.store;

import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The reads a score card is made of (docs/scoring.md, "What a card reads"): the events since the start of its longest
 * window, each from an index on the project and the instant, and the few facts about the earlier history as
 * aggregates the database computes, so that scoring costs what the windows hold and not what the history holds.
 */
@ApplicationScoped
public class WindowedEvents {

    private final Jdbi jdbi;

    @Inject
    public WindowedEvents(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The commits authored at or after {@code since}, oldest first (ties by sha), as {@link EventStore#commits}. */
    public List<Commit> commits(ProjectId project, Instant since) {
        return list("SELECT * FROM commit_event WHERE project_id = :project AND authored_at >= :since"
                + " ORDER BY authored_at, sha", project, since, EventStore.COMMIT);
    }

    /** The issues opened or updated at or after {@code since}. */
    public List<Issue> issues(ProjectId project, Instant since) {
        return list("SELECT * FROM issue WHERE project_id = :project AND (created_at >= :since OR updated_at >= :since)"
                + " ORDER BY created_at, issue_key", project, since, EventStore.ISSUE);
    }

    /** The change requests opened, closed or merged at or after {@code since}. */
    public List<ChangeRequest> changeRequests(ProjectId project, Instant since) {
        return list("SELECT * FROM change_request WHERE project_id = :project AND (created_at >= :since"
                + " OR closed_at >= :since OR merged_at >= :since) ORDER BY created_at, cr_key", project, since,
                EventStore.CHANGE_REQUEST);
    }

    public List<Comment> comments(ProjectId project, Instant since) {
        return list("SELECT * FROM comment_event WHERE project_id = :project AND created_at >= :since"
                + " ORDER BY created_at, comment_key", project, since, EventStore.COMMENT);
    }

    public List<Review> reviews(ProjectId project, Instant since) {
        return list("SELECT * FROM review_event WHERE project_id = :project AND submitted_at >= :since"
                + " ORDER BY submitted_at, review_key", project, since, EventStore.REVIEW);
    }

    /**
     * The comments made before {@code since} on issues opened since then that the forge gave no first response:
     * what such an issue's first response is found from besides the window's comments (a comment older than its
     * issue is bad data, but the whole-history reading counts it too).
     */
    public List<Comment> earlierAnswers(ProjectId project, Instant since) {
        return list("""
                SELECT c.* FROM issue i
                JOIN comment_event c ON c.project_id = i.project_id AND c.parent_kind = 'ISSUE' AND c.parent_key = i.issue_key
                WHERE i.project_id = :project AND i.created_at >= :since AND i.first_response_at IS NULL
                  AND c.created_at < :since
                ORDER BY c.created_at, c.comment_key""", project, since, EventStore.COMMENT);
    }

    /** The commits authored exactly at {@code at}, by sha. */
    public List<Commit> commitsAt(ProjectId project, Instant at) {
        return list("SELECT * FROM commit_event WHERE project_id = :project AND authored_at = :since ORDER BY sha",
                project, at, EventStore.COMMIT);
    }

    /**
     * The oldest commit (ties by sha): where a project without a forge creation date starts. The oldest date comes
     * from the author lines' totals and only the commits of that instant are read, from the (project, authored_at)
     * index: ordering every commit by date and sha sorted the whole history.
     */
    public Optional<Commit> firstCommit(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM commit_event WHERE project_id = :project"
                        + " AND authored_at = (SELECT MIN(first_commit) FROM commit_author WHERE project_id = :project)"
                        + " ORDER BY sha FETCH FIRST 1 ROWS ONLY")
                .bind("project", project.value()).map(EventStore.COMMIT).findOne());
    }

    /** The author dates of one author line's commits: for a person whose organization changes with the date. */
    public List<Instant> authorDates(ProjectId project, String name, String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT authored_at FROM commit_event WHERE project_id = :project"
                        + " AND author_name = :name AND author_email = :email ORDER BY authored_at")
                .bind("project", project.value()).bind("name", name).bind("email", email)
                .map((rs, ctx) -> Timestamps.instant(rs, "authored_at")).list());
    }

    /**
     * Every distinct commit author line over the whole history with its first and newest commit and its count: the
     * rows {@code commit_author} keeps, one per line, not an aggregate over every commit.
     */
    public List<CommitAuthor> commitAuthors(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("SELECT author_name, author_email, first_commit, last_commit, commits"
                        + " FROM commit_author WHERE project_id = :project ORDER BY author_email, author_name")
                .bind("project", project.value())
                .map((rs, ctx) -> new CommitAuthor(rs.getString("author_name"), rs.getString("author_email"),
                        Timestamps.instant(rs, "first_commit"), Timestamps.instant(rs, "last_commit"),
                        rs.getLong("commits")))
                .list());
    }

    /**
     * The newest author date of one author line's commits up to {@code upTo}, for a line whose newest commit is
     * dated later (a clock set wrong): from the line's own index range, empty when all of its commits are later.
     */
    public Optional<Instant> lastCommitUpTo(ProjectId project, String name, String email, Instant upTo) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(authored_at) AS last_commit FROM commit_event"
                        + " WHERE project_id = :project AND author_email = :email AND author_name = :name"
                        + " AND authored_at <= :upTo")
                .bind("project", project.value()).bind("name", name).bind("email", email)
                .bind("upTo", Timestamps.utc(upTo))
                .map((rs, ctx) -> Optional.ofNullable(Timestamps.instant(rs, "last_commit"))).one());
    }

    /** Every distinct (login, bot flag) that authored an issue, change request, comment or review. */
    public List<EventAuthor> eventAuthors(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT author, author_bot FROM issue WHERE project_id = :project AND author IS NOT NULL
                        UNION SELECT author, author_bot FROM change_request WHERE project_id = :project AND author IS NOT NULL
                        UNION SELECT author, author_bot FROM comment_event WHERE project_id = :project AND author IS NOT NULL
                        UNION SELECT author, author_bot FROM review_event WHERE project_id = :project AND author IS NOT NULL
                        ORDER BY author, author_bot""")
                .bind("project", project.value())
                .map((rs, ctx) -> new EventAuthor(rs.getString("author"), rs.getBoolean("author_bot")))
                .list());
    }

    /** Whether anything at all was stored: commits, releases, issues, change requests, comments or reviews. */
    public boolean anyEvents(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT CASE WHEN EXISTS (SELECT 1 FROM commit_event WHERE project_id = :project)
                          OR EXISTS (SELECT 1 FROM release_event WHERE project_id = :project)
                          OR EXISTS (SELECT 1 FROM issue WHERE project_id = :project)
                          OR EXISTS (SELECT 1 FROM change_request WHERE project_id = :project)
                          OR EXISTS (SELECT 1 FROM comment_event WHERE project_id = :project)
                          OR EXISTS (SELECT 1 FROM review_event WHERE project_id = :project)
                          THEN 1 ELSE 0 END AS present""")
                .bind("project", project.value()).mapTo(Integer.class).one() == 1);
    }

    private <T> List<T> list(String sql, ProjectId project, Instant since, RowMapper<T> mapper) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("project", project.value())
                .bind("since", Timestamps.utc(since)).map(mapper).list());
    }
}
