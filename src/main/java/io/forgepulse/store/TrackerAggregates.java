package io.forgepulse.store;

import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What the medians (time to first response, to close, to merge) and the activity index read: the issues, change
 * requests and comments whose instant falls in a range, over the {@code (project_id, instant)} indexes. A read costs
 * the rows of its range (one per item for a median, one per person, day and action for the index), never the whole
 * history; the person and bot rules are applied by the caller, as for the history-based calculators.
 */
@ApplicationScoped
public class TrackerAggregates {

    /** An item ended in a range: an issue by its close, a change request by its merge. */
    public enum Ended {
        ISSUES_CLOSED("issue", "closed_at"),
        CHANGES_MERGED("change_request", "merged_at");

        private final String table;
        private final String column;

        Ended(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    /** An issue or change request: who opened it, when, and the instant a median measures it to (null: none). */
    public record Item(ItemKind kind, String key, String author, boolean authorBot, Instant opened, Instant until) {
    }

    /** The earliest comment or review of one person (by login, with the forge's bot flag) on an item. */
    public record Answer(ItemKind kind, String key, String author, boolean authorBot, Instant at) {
    }

    /** What the activity index weighs. */
    public enum Action {
        ISSUE_OPENED, ISSUE_COMMENT, REVIEW_COMMENT, CHANGE_OPENED, CHANGE_MERGED
    }

    /** How many times a login did one action on one UTC day. */
    public record Tally(LocalDate day, String author, boolean authorBot, Action action, long count) {
    }

    private final Jdbi jdbi;

    @Inject
    public TrackerAggregates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The items ended in {@code [from, to)}, each with its end as {@link Item#until()}. */
    public List<Item> ended(ProjectId project, Ended what, Instant from, Instant to) {
        ItemKind kind = what == Ended.ISSUES_CLOSED ? ItemKind.ISSUE : ItemKind.CHANGE_REQUEST;
        return jdbi.withHandle(h -> h.createQuery("SELECT author, author_bot, created_at, " + what.column + " AS until"
                        + " FROM " + what.table + " WHERE project_id = :project AND " + what.column + " >= :from AND "
                        + what.column + " < :to")
                .bind("project", project.value()).bind("from", Timestamps.utc(from)).bind("to", Timestamps.utc(to))
                .map((rs, ctx) -> new Item(kind, null, rs.getString("author"), rs.getBoolean("author_bot"),
                        Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "until")))
                .list());
    }

    /** The issues and change requests opened in {@code [from, to)}, with the first response the forge stored. */
    public List<Item> opened(ProjectId project, Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT 'ISSUE' AS kind, issue_key AS item, author, author_bot,"
                        + " created_at, first_response_at FROM issue WHERE" + OPENED
                        + " UNION ALL SELECT 'CHANGE_REQUEST', cr_key, author, author_bot, created_at, first_response_at"
                        + " FROM change_request WHERE" + OPENED)
                .bind("project", project.value()).bind("from", Timestamps.utc(from)).bind("to", Timestamps.utc(to))
                .map((rs, ctx) -> new Item(ItemKind.valueOf(rs.getString("kind")), rs.getString("item"),
                        rs.getString("author"), rs.getBoolean("author_bot"), Timestamps.instant(rs, "created_at"),
                        Timestamps.instant(rs, "first_response_at")))
                .list());
    }

    /**
     * For the items opened in {@code [from, to)} without a stored first response: each commenter's and reviewer's
     * earliest answer on them (comments on the item's kind and key; reviews on a change request).
     */
    public List<Answer> answers(ProjectId project, Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT 'ISSUE' AS kind, i.issue_key AS item, c.author, c.author_bot,"
                        + " MIN(c.created_at) AS at FROM issue i JOIN comment_event c ON c.project_id = i.project_id"
                        + " AND c.parent_kind = 'ISSUE' AND c.parent_key = i.issue_key WHERE" + UNANSWERED.formatted("i")
                        + " GROUP BY i.issue_key, c.author, c.author_bot"
                        + " UNION ALL SELECT 'CHANGE_REQUEST', r.cr_key, c.author, c.author_bot, MIN(c.created_at)"
                        + " FROM change_request r JOIN comment_event c ON c.project_id = r.project_id"
                        + " AND c.parent_kind = 'CHANGE_REQUEST' AND c.parent_key = r.cr_key WHERE"
                        + UNANSWERED.formatted("r") + " GROUP BY r.cr_key, c.author, c.author_bot"
                        + " UNION ALL SELECT 'CHANGE_REQUEST', r.cr_key, v.author, v.author_bot, MIN(v.submitted_at)"
                        + " FROM change_request r JOIN review_event v ON v.project_id = r.project_id"
                        + " AND v.cr_key = r.cr_key WHERE" + UNANSWERED.formatted("r")
                        + " GROUP BY r.cr_key, v.author, v.author_bot")
                .bind("project", project.value()).bind("from", Timestamps.utc(from)).bind("to", Timestamps.utc(to))
                .map((rs, ctx) -> new Answer(ItemKind.valueOf(rs.getString("kind")), rs.getString("item"),
                        rs.getString("author"), rs.getBoolean("author_bot"), Timestamps.instant(rs, "at")))
                .list());
    }

    /** Per UTC day, login and action in {@code [from, to)}: how many issues, comments and change requests. */
    public List<Tally> tallies(ProjectId project, Instant from, Instant to) {
        String sql = tally("issue", "created_at", "'ISSUE_OPENED'", "")
                + " UNION ALL " + tally("comment_event", "created_at",
                        "CASE WHEN review THEN 'REVIEW_COMMENT' ELSE 'ISSUE_COMMENT' END", ", review")
                + " UNION ALL " + tally("change_request", "created_at", "'CHANGE_OPENED'", "")
                + " UNION ALL " + tally("change_request", "merged_at", "'CHANGE_MERGED'", "");
        return jdbi.withHandle(h -> h.createQuery(sql)
                .bind("project", project.value()).bind("from", Timestamps.utc(from)).bind("to", Timestamps.utc(to))
                .map((rs, ctx) -> new Tally(rs.getObject("d", LocalDate.class), rs.getString("author"),
                        rs.getBoolean("author_bot"), Action.valueOf(rs.getString("action")), rs.getLong("n")))
                .list());
    }

    /** One action's tallies; {@code groups} names the columns its action depends on (PostgreSQL refuses a constant). */
    private static String tally(String table, String column, String action, String groups) {
        String day = "CAST(" + column + " AT TIME ZONE 'UTC' AS DATE)";
        return "SELECT " + day + " AS d, author, author_bot, " + action + " AS action, COUNT(*) AS n FROM " + table
                + " WHERE project_id = :project AND " + column + " >= :from AND " + column + " < :to"
                + " GROUP BY " + day + ", author, author_bot" + groups;
    }

    /** A forge login of a person who authored commits, as the stored identities say, with that person's bot flag. */
    public record LoginPerson(String login, String personKey, boolean bot) {
    }

    /**
     * The logins of the people behind commits (a login known only from issues or comments is not among them): the
     * calculators resolve an event's login to its commit author the same way. One row per login, growing with the
     * people, not with their events.
     */
    public List<LoginPerson> committerLogins(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("SELECT i.login, p.person_key, p.bot FROM identity i"
                        + " JOIN person p ON p.project_id = i.project_id AND p.person_key = i.person_key"
                        + " WHERE i.project_id = :project AND i.login <> '' AND EXISTS (SELECT 1 FROM identity c"
                        + " WHERE c.project_id = i.project_id AND c.person_key = i.person_key AND c.login = '')"
                        + " ORDER BY i.login, p.person_key")
                .bind("project", project.value())
                .map((rs, ctx) -> new LoginPerson(rs.getString("login"), rs.getString("person_key"),
                        rs.getBoolean("bot")))
                .list());
    }

    private static final String OPENED = " project_id = :project AND created_at >= :from AND created_at < :to";

    private static final String UNANSWERED = " %1$s.project_id = :project AND %1$s.created_at >= :from"
            + " AND %1$s.created_at < :to AND %1$s.first_response_at IS NULL";
}
