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
 * that writes a batch of commits: a new commit adds to its line, and only a line that lost or gained a stored commit
 * through a changed {@code .mailmap} is counted again from its commits. What a batch costs grows with the batch, not
 * with the history. The caller holds the project's row lock ({@link DataVersions#raise}), so no other writer of the
 * project's commits runs between the read of a line and its write.
 */
final class CommitAuthorLines {

    private static final String INSERT = "INSERT INTO commit_author (project_id, author_email, author_name, commits,"
            + " first_commit, last_commit) VALUES (:project, :email, :name, :commits, :first, :last)";

    private final Handle h;
    private final String project;
    private final Map<Line, Totals> added = new LinkedHashMap<>();
    private final Set<Line> recount = new TreeSet<>();

    CommitAuthorLines(Handle h, String project) {
        this.h = h;
        this.project = project;
    }

    /** A commit the batch inserted. */
    void added(Commit c) {
        added.computeIfAbsent(Line.of(c), l -> new Totals()).add(c.author().when().toInstant());
    }

    /** A stored commit whose author line was {@code email}, {@code name} and is now {@code c}'s. */
    void moved(String email, String name, Commit c) {
        recount.add(new Line(email, name));
        recount.add(Line.of(c));
    }

    /** A commit whose line is counted again from the stored commits (the driver did not say whether it was new). */
    void recount(Commit c) {
        recount.add(Line.of(c));
    }

    /** Writes what the batch changed; call after its commits are written. */
    void write() {
        added.keySet().removeAll(recount); // counted from the stored commits, this batch's included
        if (!added.isEmpty()) {
            add();
        }
        if (!recount.isEmpty()) {
            recount();
        }
    }

    private void add() {
        Map<Line, Totals> stored = stored(added.keySet());
        PreparedBatch updates = h.prepareBatch("UPDATE commit_author SET commits = :commits, first_commit = :first,"
                + " last_commit = :last WHERE project_id = :project AND author_email = :email AND author_name = :name");
        PreparedBatch inserts = h.prepareBatch(INSERT);
        added.forEach((line, totals) -> {
            Totals old = stored.get(line);
            Totals sum = old == null ? totals : old.plus(totals);
            (old == null ? inserts : updates).bind("project", project).bind("email", line.email())
                    .bind("name", line.name()).bind("commits", sum.commits).bind("first", Timestamps.utc(sum.first))
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
        for (int i = 0; i < emails.size(); i += EventStore.IN_LIST) {
            h.createQuery("SELECT author_email, author_name, commits, first_commit, last_commit FROM commit_author"
                            + " WHERE project_id = :project AND author_email IN (<emails>)")
                    .bind("project", project)
                    .bindList("emails", emails.subList(i, Math.min(emails.size(), i + EventStore.IN_LIST)))
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
    private void recount() {
        PreparedBatch deletes = h.prepareBatch("DELETE FROM commit_author WHERE project_id = :project"
                + " AND author_email = :email AND author_name = :name");
        PreparedBatch counts = h.prepareBatch("INSERT INTO commit_author (project_id, author_email, author_name,"
                + " commits, first_commit, last_commit) SELECT project_id, author_email, author_name, COUNT(*),"
                + " MIN(authored_at), MAX(authored_at) FROM commit_event WHERE project_id = :project"
                + " AND author_email = :email AND author_name = :name GROUP BY project_id, author_email, author_name");
        for (Line line : recount) {
            deletes.bind("project", project).bind("email", line.email()).bind("name", line.name()).add();
            counts.bind("project", project).bind("email", line.email()).bind("name", line.name()).add();
        }
        deletes.execute();
        counts.execute();
    }

    /** An author line as stored, ordered so that recounts touch rows in one order. */
    private record Line(String email, String name) implements Comparable<Line> {

        static Line of(Commit c) {
            return new Line(c.author().email(), c.author().name());
        }

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
