package io.forgepulse.store;

import io.forgepulse.domain.Commit;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps {@code commit_author} (V13) equal to the aggregate of {@code commit_event} by author line, in the transaction
 * that writes a batch of commits: the lines of new commits are added to, and only a line that lost or gained a stored
 * commit through a changed {@code .mailmap} is counted again from its commits. What a batch costs grows with the batch,
 * not with the history. The caller holds the project's row lock ({@link DataVersions#raise}), so no other writer of
 * the project's commits runs between the read of what is stored and the write.
 */
final class CommitAuthorLines {

    /** Shas per {@code IN} list: far below every driver's limit on bound parameters. */
    private static final int CHUNK = 1_000;
    private static final String INSERT = "INSERT INTO commit_author (project_id, author_email, author_name, commits,"
            + " first_commit, last_commit) VALUES (:project, :email, :name, :commits, :first, :last)";

    private final Handle h;
    private final String project;
    /** The author line each commit of the batch was stored under before it, by sha (absent: a new commit). */
    private final Map<String, Line> before = new HashMap<>();

    private CommitAuthorLines(Handle h, String project) {
        this.h = h;
        this.project = project;
    }

    /** Reads what the batch's commits are stored as; call before they are written, then {@link #update} after. */
    static CommitAuthorLines before(Handle h, String project, List<Commit> commits) {
        CommitAuthorLines lines = new CommitAuthorLines(h, project);
        List<String> shas = commits.stream().map(Commit::sha).distinct().toList();
        for (int i = 0; i < shas.size(); i += CHUNK) {
            h.createQuery("SELECT sha, author_name, author_email FROM commit_event WHERE project_id = :project"
                            + " AND sha IN (<shas>)")
                    .bind("project", project).bindList("shas", shas.subList(i, Math.min(shas.size(), i + CHUNK)))
                    .reduceRows((Void) null, (unused, row) -> {
                        lines.before.put(row.getColumn("sha", String.class), new Line(
                                row.getColumn("author_email", String.class), row.getColumn("author_name", String.class)));
                        return null;
                    });
        }
        return lines;
    }

    /** Brings the lines of {@code commits}, now written, up to date. */
    void update(List<Commit> commits) {
        Map<Line, Totals> added = new LinkedHashMap<>();
        Set<Line> recount = new TreeSet<>();
        Map<String, Commit> bySha = new LinkedHashMap<>();
        commits.forEach(c -> bySha.put(c.sha(), c)); // the last of one sha is the one the batch leaves stored
        for (Commit c : bySha.values()) {
            Line line = new Line(c.author().email(), c.author().name());
            Line stored = before.get(c.sha());
            if (stored == null) {
                added.computeIfAbsent(line, l -> new Totals()).add(c.author().when().toInstant());
            } else if (!stored.equals(line)) {
                recount.add(stored);
                recount.add(line);
            }
        }
        added.keySet().removeAll(recount);
        if (!added.isEmpty()) {
            add(added);
        }
        if (!recount.isEmpty()) {
            recount(recount);
        }
    }

    private void add(Map<Line, Totals> added) {
        Map<Line, Totals> stored = stored(added.keySet());
        PreparedBatch updates = h.prepareBatch("UPDATE commit_author SET commits = :commits, first_commit = :first,"
                + " last_commit = :last WHERE project_id = :project AND author_email = :email AND author_name = :name");
        PreparedBatch inserts = h.prepareBatch(INSERT);
        added.forEach((line, totals) -> {
            Totals old = stored.get(line);
            PreparedBatch target = old == null ? inserts : updates;
            Totals sum = old == null ? totals : old.plus(totals);
            target.bind("project", project).bind("email", line.email()).bind("name", line.name())
                    .bind("commits", sum.commits).bind("first", Timestamps.utc(sum.first))
                    .bind("last", Timestamps.utc(sum.last)).add();
        });
        if (updates.size() > 0) {
            updates.execute();
        }
        if (inserts.size() > 0) {
            inserts.execute();
        }
    }

    /** The stored totals of these lines, read by their e-mails (the key's second column). */
    private Map<Line, Totals> stored(Set<Line> lines) {
        List<String> emails = lines.stream().map(Line::email).distinct().toList();
        Map<Line, Totals> stored = new HashMap<>();
        for (int i = 0; i < emails.size(); i += CHUNK) {
            h.createQuery("SELECT author_email, author_name, commits, first_commit, last_commit FROM commit_author"
                            + " WHERE project_id = :project AND author_email IN (<emails>)")
                    .bind("project", project).bindList("emails", emails.subList(i, Math.min(emails.size(), i + CHUNK)))
                    .reduceResultSet(stored, (map, rs, ctx) -> {
                        map.put(new Line(rs.getString("author_email"), rs.getString("author_name")),
                                new Totals(rs.getLong("commits"), Timestamps.instant(rs, "first_commit"),
                                        Timestamps.instant(rs, "last_commit")));
                        return map;
                    });
        }
        return stored;
    }

    /** Counts these lines again from their stored commits (a line left without commits has no row). */
    private void recount(Set<Line> lines) {
        PreparedBatch deletes = h.prepareBatch("DELETE FROM commit_author WHERE project_id = :project"
                + " AND author_email = :email AND author_name = :name");
        PreparedBatch counts = h.prepareBatch("INSERT INTO commit_author (project_id, author_email, author_name,"
                + " commits, first_commit, last_commit) SELECT project_id, author_email, author_name, COUNT(*),"
                + " MIN(authored_at), MAX(authored_at) FROM commit_event WHERE project_id = :project"
                + " AND author_email = :email AND author_name = :name GROUP BY project_id, author_email, author_name");
        for (Line line : lines) {
            deletes.bind("project", project).bind("email", line.email()).bind("name", line.name()).add();
            counts.bind("project", project).bind("email", line.email()).bind("name", line.name()).add();
        }
        deletes.execute();
        counts.execute();
    }

    /** An author line as stored: ordered so the recounts lock rows in one order. */
    private record Line(String email, String name) implements Comparable<Line> {
        @Override
        public int compareTo(Line o) {
            int byEmail = email.compareTo(o.email);
            return byEmail != 0 ? byEmail : name.compareTo(o.name);
        }
    }

    /** A line's count and its oldest and newest author dates. */
    private static final class Totals {
        private long commits;
        private Instant first;
        private Instant last;

        Totals() {
        }

        Totals(long commits, Instant first, Instant last) {
            this.commits = commits;
            this.first = first;
            this.last = last;
        }

        void add(Instant when) {
            commits++;
            first = first == null || when.isBefore(first) ? when : first;
            last = last == null || when.isAfter(last) ? when : last;
        }

        Totals plus(Totals o) {
            return new Totals(commits + o.commits, first.isBefore(o.first) ? first : o.first,
                    last.isAfter(o.last) ? last : o.last);
        }
    }
}
