package io.forgepulse.store;

import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What series and pulse read: SQL aggregates over a project's events, grouped by UTC day (or summed over a
 * period) in the database, over the indexed {@code (project_id, instant)} columns. A read answers a few rows per day
 * or per person, never one per event, and runs the same number of statements however long the history is.
 *
 * <p>Why aggregates at read time rather than maintained per-bucket tables: the people behind the commits are
 * re-merged when new identities arrive, so a table of authors per bucket would have to be rewritten on every merge;
 * joining the stored identities at read time is always consistent and costs the harvest nothing.
 */
@ApplicationScoped
public class ActivityAggregates {

    /** The UTC day of an instant column, the same on H2 and PostgreSQL whatever the session's time zone. */
    private static String day(String column) {
        return "CAST(" + column + " AT TIME ZONE 'UTC' AS DATE)";
    }

    private static final Instant NO_START = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant NO_END = Instant.parse("9999-12-31T00:00:00Z");

    /** An event count by day: which table and which instant column of it. */
    public enum Counted {
        RELEASES("release_event", "published_at"),
        ISSUES_OPENED("issue", "created_at"),
        ISSUES_CLOSED("issue", "closed_at"),
        PRS_OPENED("change_request", "created_at"),
        PRS_MERGED("change_request", "merged_at");

        private final String table;
        private final String column;

        Counted(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    /** The commits of one UTC day. */
    public record CommitDay(LocalDate day, long commits, long linesAdded, long linesDeleted) {
    }

    /** Sums over a period {@code [from, to)}; forge counts are read for every source, the caller drops them for git. */
    public record PeriodTotals(int commits, int filesChanged, long additions, long deletions, int releases,
            int prsOpened, int prsMerged, int issuesOpened, int issuesClosed) {
    }

    private final Jdbi jdbi;

    @Inject
    public ActivityAggregates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Commits and lines per UTC day with commits in {@code [from, to)}; null bounds are open. */
    public List<CommitDay> commitDays(ProjectId project, Instant from, Instant to) {
        String d = day("authored_at");
        return jdbi.withHandle(h -> h.createQuery("SELECT " + d + " AS d, COUNT(*) AS n, SUM(lines_added) AS a,"
                        + " SUM(lines_deleted) AS x FROM commit_event WHERE project_id = :project"
                        + " AND authored_at >= :from AND authored_at < :to GROUP BY " + d)
                .bind("project", project.value()).bind("from", Timestamps.utc(start(from)))
                .bind("to", Timestamps.utc(end(to)))
                .map((rs, ctx) -> new CommitDay(rs.getObject("d", LocalDate.class), rs.getLong("n"), rs.getLong("a"),
                        rs.getLong("x")))
                .list());
    }

    /**
     * Commits per UTC day since {@code from} of each of {@code projects}, in one statement over the (project,
     * authored_at) index: the home page's sparklines, whose cost grows with the window's commits, not with the number
     * of projects' round trips nor with their histories. A project without commits in the window has no entry.
     */
    public Map<String, Map<LocalDate, Long>> commitDays(List<ProjectId> projects, Instant from) {
        if (projects.isEmpty()) {
            return Map.of();
        }
        String d = day("authored_at");
        return jdbi.withHandle(h -> h.createQuery("SELECT project_id, " + d + " AS d, COUNT(*) AS n FROM commit_event"
                        + " WHERE project_id IN (<projects>) AND authored_at >= :from GROUP BY project_id, " + d)
                .bindList("projects", projects.stream().map(ProjectId::value).toList())
                .bind("from", Timestamps.utc(from))
                .reduceRows(new HashMap<String, Map<LocalDate, Long>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("project_id", String.class), k -> new TreeMap<>())
                            .put(row.getColumn("d", LocalDate.class), row.getColumn("n", Long.class));
                    return map;
                }));
    }

    /** How many events of a kind fall on each UTC day in {@code [from, to)}. */
    public Map<LocalDate, Long> countDays(ProjectId project, Counted what, Instant from, Instant to) {
        String d = day(what.column);
        return jdbi.withHandle(h -> h.createQuery("SELECT " + d + " AS d, COUNT(*) AS n FROM " + what.table
                        + " WHERE project_id = :project AND " + what.column + " >= :from AND " + what.column + " < :to"
                        + " GROUP BY " + d)
                .bind("project", project.value()).bind("from", Timestamps.utc(start(from)))
                .bind("to", Timestamps.utc(end(to)))
                .reduceRows(new TreeMap<LocalDate, Long>(), (map, row) -> {
                    map.put(row.getColumn("d", LocalDate.class), row.getColumn("n", Long.class));
                    return map;
                }));
    }

    /** Per UTC day in {@code [from, to)}, the keys of the people who authored a commit that day. */
    public Map<LocalDate, Set<String>> authorDays(ProjectId project, Instant from, Instant to) {
        String d = day("c.authored_at");
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT " + d + " AS d, i.person_key FROM commit_event c"
                        + JOIN_IDENTITY + " WHERE c.project_id = :project AND c.authored_at >= :from"
                        + " AND c.authored_at < :to")
                .bind("project", project.value()).bind("from", Timestamps.utc(start(from)))
                .bind("to", Timestamps.utc(end(to)))
                .reduceRows(new TreeMap<LocalDate, Set<String>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("d", LocalDate.class), k -> new TreeSet<>())
                            .add(row.getColumn("person_key", String.class));
                    return map;
                }));
    }

    /** The keys of the people who authored a commit in {@code [from, to)}. */
    public Set<String> authors(ProjectId project, Instant from, Instant to) {
        return jdbi.withHandle(h -> new TreeSet<>(h.createQuery("SELECT DISTINCT i.person_key FROM commit_event c"
                        + JOIN_IDENTITY + " WHERE c.project_id = :project AND c.authored_at >= :from"
                        + " AND c.authored_at < :to")
                .bind("project", project.value()).bind("from", Timestamps.utc(start(from)))
                .bind("to", Timestamps.utc(end(to)))
                .mapTo(String.class).list()));
    }

    /** Each person's first commit (author date), by person key: from the author lines' totals, not every commit. */
    public Map<String, Instant> firstCommits(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("SELECT i.person_key, MIN(c.first_commit) AS first_at"
                        + " FROM commit_author c" + JOIN_IDENTITY + " WHERE c.project_id = :project GROUP BY i.person_key")
                .bind("project", project.value())
                .reduceResultSet(new TreeMap<String, Instant>(), (map, rs, ctx) -> {
                    map.put(rs.getString("person_key"), Timestamps.instant(rs, "first_at"));
                    return map;
                }));
    }

    /**
     * The project's stored people with the logins of their identities, what a bot rule needs; one row per person
     * and login, so it grows with the people, not with their events.
     */
    public List<Person> people(ProjectId project) {
        return jdbi.withHandle(h -> {
            Map<String, Object[]> byKey = new LinkedHashMap<>();
            Map<String, List<String>> logins = new HashMap<>();
            h.createQuery("SELECT p.person_key, p.name, p.organization, p.bot, i.login FROM person p"
                            + " LEFT JOIN identity i ON i.project_id = p.project_id AND i.person_key = p.person_key"
                            + " AND i.login <> '' WHERE p.project_id = :project")
                    .bind("project", project.value())
                    .reduceRows((Void) null, (unused, row) -> {
                        String key = row.getColumn("person_key", String.class);
                        byKey.putIfAbsent(key, new Object[] {row.getColumn("name", String.class),
                                row.getColumn("organization", String.class), row.getColumn("bot", Boolean.class)});
                        String login = row.getColumn("login", String.class);
                        List<String> list = logins.computeIfAbsent(key, k -> new ArrayList<>());
                        if (login != null && !list.contains(login)) {
                            list.add(login);
                        }
                        return null;
                    });
            List<Person> people = new ArrayList<>();
            byKey.forEach((key, v) -> people.add(new Person(key, (String) v[0], (String) v[1], (Boolean) v[2],
                    List.of(), logins.getOrDefault(key, List.of()))));
            return people;
        });
    }

    /**
     * The earliest and latest instant of any stored event (commits and releases; with {@code forgeEvents} also
     * issues, change requests, comments and reviews), or null without any.
     */
    public Instant[] dataRange(ProjectId project, boolean forgeEvents) {
        List<String> columns = new ArrayList<>(List.of("commit_event.authored_at", "release_event.published_at"));
        if (forgeEvents) {
            columns.addAll(List.of("issue.created_at", "issue.closed_at", "change_request.created_at",
                    "change_request.closed_at", "change_request.merged_at", "comment_event.created_at",
                    "review_event.submitted_at"));
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int n = 0; n < columns.size(); n++) {
            String[] tc = columns.get(n).split("\\.");
            String from = " FROM " + tc[0] + " WHERE project_id = :project)";
            sql.append(n == 0 ? "" : ", ").append("(SELECT MIN(").append(tc[1]).append(')').append(from)
                    .append(" AS lo").append(n).append(", (SELECT MAX(").append(tc[1]).append(')').append(from)
                    .append(" AS hi").append(n);
        }
        return jdbi.withHandle(h -> h.createQuery(sql.toString()).bind("project", project.value())
                .map((rs, ctx) -> {
                    Instant lo = null;
                    Instant hi = null;
                    for (int n = 0; n < columns.size(); n++) {
                        Instant a = Timestamps.instant(rs, "lo" + n);
                        Instant b = Timestamps.instant(rs, "hi" + n);
                        lo = a != null && (lo == null || a.isBefore(lo)) ? a : lo;
                        hi = b != null && (hi == null || b.isAfter(hi)) ? b : hi;
                    }
                    return lo == null ? null : new Instant[] {lo, hi};
                }).one());
    }

    /** Sums over {@code [from, to)}, in one statement. */
    public PeriodTotals period(ProjectId project, Instant from, Instant to) {
        return jdbi.withHandle(h -> periodTotals(h, project, from, to));
    }

    private static PeriodTotals periodTotals(Handle h, ProjectId project, Instant from, Instant to) {
        String window = " project_id = :project AND %1$s >= :from AND %1$s < :to";
        return h.createQuery("SELECT COUNT(*) AS commits, COALESCE(SUM(files_changed), 0) AS files,"
                        + " COALESCE(SUM(lines_added), 0) AS added, COALESCE(SUM(lines_deleted), 0) AS deleted,"
                        + " (SELECT COUNT(*) FROM release_event WHERE" + window.formatted("published_at") + ") AS releases,"
                        + " (SELECT COUNT(*) FROM change_request WHERE" + window.formatted("created_at") + ") AS prs_opened,"
                        + " (SELECT COUNT(*) FROM change_request WHERE" + window.formatted("merged_at") + ") AS prs_merged,"
                        + " (SELECT COUNT(*) FROM issue WHERE" + window.formatted("created_at") + ") AS issues_opened,"
                        + " (SELECT COUNT(*) FROM issue WHERE" + window.formatted("closed_at") + ") AS issues_closed"
                        + " FROM commit_event WHERE" + window.formatted("authored_at"))
                .bind("project", project.value()).bind("from", Timestamps.utc(from)).bind("to", Timestamps.utc(to))
                .map((rs, ctx) -> new PeriodTotals(rs.getInt("commits"), rs.getInt("files"), rs.getLong("added"),
                        rs.getLong("deleted"), rs.getInt("releases"), rs.getInt("prs_opened"), rs.getInt("prs_merged"),
                        rs.getInt("issues_opened"), rs.getInt("issues_closed")))
                .one();
    }

    /** A commit's author as merged: the identity row of its name and e-mail (commit identities have no login). */
    private static final String JOIN_IDENTITY = " JOIN identity i ON i.project_id = c.project_id"
            + " AND i.email = c.author_email AND i.name = c.author_name AND i.login = ''";

    private static Instant start(Instant from) {
        return from == null ? NO_START : from;
    }

    private static Instant end(Instant to) {
        return to == null ? NO_END : to;
    }
}
