package io.forgepulse.store;

import io.forgepulse.domain.Forge;
import io.forgepulse.domain.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The project list in one statement: a page of projects, each with its latest harvest run and its newest card, and
 * how many projects match in all. Each project row points at its latest run and newest present card (kept by the
 * transactions that write them, V12), so a page costs its own rows, not the runs and cards stored.
 */
@ApplicationScoped
public class ProjectListing {

    /** One listed project: its latest run (null fields without one) and its newest card's headline (likewise). */
    public record Row(ProjectId id, Instant runStarted, Instant runFinished, String outcome, Long durationMs,
            String message, String instance, int itemsStored, Integer itemsExpected, Double activity, Double diversity, Double maturity, String level,
            Instant computedAt, String ruleset) {
    }

    /** A page of rows and the number of projects that match the filters. */
    public record Page(List<Row> rows, long total) {
    }

    private final Jdbi jdbi;

    @Inject
    public ProjectListing(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * @param forge only projects of this forge, or null for all
     * @param outcome only projects whose latest run ended so ({@code success}, {@code failure}, ...), {@code none}
     *     for projects never harvested, or null for all
     */
    public Page page(Forge forge, String outcome, int offset, int size) {
        StringBuilder where = new StringBuilder(" WHERE p.untracked_at IS NULL");
        if (forge != null) {
            where.append(" AND p.id LIKE :forge");
        }
        if ("none".equals(outcome)) {
            where.append(" AND p.latest_run_id IS NULL");
        } else if (outcome != null) {
            where.append(" AND r.outcome = :outcome");
        }
        // The page is cut first (only an outcome filter needs the latest runs of all projects, each by primary key),
        // then its rows are joined with their runs and cards by the pointers the project rows keep: the statement
        // costs the projects and the page, not their runs and cards stored.
        String sql = """
                WITH listed AS (
                    SELECT p.id, p.latest_run_id, p.present_card_id, COUNT(*) OVER () AS total
                    FROM project p
                """ + (outcome != null && !"none".equals(outcome)
                        ? "    JOIN harvest_run r ON r.id = p.latest_run_id\n" : "") + where + """

                    ORDER BY p.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY)
                SELECT l.id, r.started_at, r.finished_at, r.outcome, r.duration_ms, r.message, r.instance,
                       COALESCE(r.commits + r.releases + r.issues + r.change_requests + r.comments + r.reviews, 0)
                           AS items_stored, r.items_expected, c.activity,
                       c.diversity, c.maturity, c.level, c.computed_at, c.ruleset, l.total
                FROM listed l
                LEFT JOIN harvest_run r ON r.id = l.latest_run_id
                LEFT JOIN score_card c ON c.id = l.present_card_id
                ORDER BY l.id""";
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql).bind("offset", offset).bind("size", size);
            if (forge != null) {
                q.bind("forge", forge.id() + ":%");
            }
            if (outcome != null && !"none".equals(outcome)) {
                q.bind("outcome", outcome);
            }
            long[] total = {0};
            List<Row> rows = q.map((rs, ctx) -> {
                total[0] = rs.getLong("total");
                return new Row(ProjectId.parse(rs.getString("id")), Timestamps.instant(rs, "started_at"),
                        Timestamps.instant(rs, "finished_at"), rs.getString("outcome"),
                        rs.getObject("duration_ms", Long.class), rs.getString("message"), rs.getString("instance"), rs.getInt("items_stored"),
                        rs.getObject("items_expected", Integer.class),
                        rs.getObject("activity", Double.class), rs.getObject("diversity", Double.class),
                        rs.getObject("maturity", Double.class), rs.getString("level"),
                        Timestamps.instant(rs, "computed_at"), rs.getString("ruleset"));
            }).list();
            // A page past the end has no row to carry the total: it is then unknown here, and 0 is not a lie about
            // the rows on this page.
            return new Page(rows, total[0]);
        });
    }
}
