package io.forgepulse.store;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.BoundedText;
import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.MaturityLevel;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ScoreCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Score cards with their explanation. One present card is kept per project, ruleset and UTC day, so the latest card
 * of a day replaces the earlier ones and the days before form the score history. Historical cards, computed for a
 * past month end, are kept apart (one per project, ruleset and month): the present card is never one of them.
 */
@ApplicationScoped
public class ScoreCardStore {

    private static final String CRITERION = "criterion";
    private static final String MEASURE = "measure";

    private final Jdbi jdbi;

    @Inject
    public ScoreCardStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores the present card of its UTC day, replacing that day's earlier one. */
    public void save(ScoreCard card) {
        save(card, card.computedAt().atOffset(ZoneOffset.UTC).toLocalDate(), false);
    }

    /**
     * Stores a card computed at a month's end (the instant the next month starts) under the month's last day, as a
     * historical card: it replaces that month's earlier historical card and leaves the present cards alone.
     */
    public void saveHistorical(ScoreCard card) {
        saveHistorical(List.of(card));
    }

    /**
     * Stores one project's month-end cards as {@link #saveHistorical(ScoreCard)} does, in one transaction: a pass over
     * a project's past months commits once for a batch of them, not once a card.
     */
    public void saveHistorical(List<ScoreCard> batch) {
        if (batch.isEmpty()) {
            return;
        }
        String project = batch.get(0).project().value();
        jdbi.useTransaction(h -> {
            ProjectRowLock.hold(h, project);
            for (ScoreCard card : batch) {
                if (!card.project().value().equals(project)) {
                    throw new IllegalArgumentException("one project's cards at a time: " + card.project());
                }
                insert(h, card, card.computedAt().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1), true);
            }
        });
    }

    /** The historical card stored under {@code day} (a month's last day), with its explanation. */
    public Optional<ScoreCard> historical(ProjectId project, String ruleset, LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM score_card WHERE project_id = :project"
                        + " AND ruleset = :ruleset AND card_day = :day AND historical = TRUE")
                .bind("project", project.value()).bind("ruleset", ruleset).bind("day", day)
                .map((rs, ctx) -> card(h, rs))
                .findOne());
    }

    /** The days (months' last days) of the project's historical cards under the ruleset. */
    public Set<LocalDate> historicalDays(ProjectId project, String ruleset) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT card_day FROM score_card"
                        + " WHERE project_id = :project AND ruleset = :ruleset AND historical = TRUE")
                .bind("project", project.value()).bind("ruleset", ruleset)
                .mapTo(LocalDate.class).list()));
    }

    private void save(ScoreCard card, LocalDate day, boolean historical) {
        jdbi.useTransaction(h -> {
            ProjectRowLock.hold(h, card.project().value());
            insert(h, card, day, historical);
        });
    }

    /** Replaces the card of {@code day} (present or historical) with {@code card}, under the caller's row lock. */
    private static void insert(Handle h, ScoreCard card, LocalDate day, boolean historical) {
        String project = card.project().value();
        h.createUpdate("DELETE FROM score_card WHERE project_id = :project AND ruleset = :ruleset AND card_day = :day"
                        + " AND historical = :historical")
                .bind("project", project).bind("ruleset", card.ruleset()).bind("day", day)
                .bind("historical", historical).execute();
        long id = h.createUpdate("""
                        INSERT INTO score_card (project_id, ruleset, card_day, historical, computed_at, activity,
                            activity_coverage, diversity, diversity_coverage, maturity, maturity_coverage, level,
                            provisional_gates, decision_mode, participation_mode, license_family)
                        VALUES (:project, :ruleset, :day, :historical, :computedAt, :activity, :activityCoverage,
                            :diversity, :diversityCoverage, :maturity, :maturityCoverage, :level, :provisional,
                            :decisionMode, :participationMode, :licenseFamily)""")
                .bind("project", project).bind("ruleset", card.ruleset()).bind("day", day)
                .bind("historical", historical)
                .bind("computedAt", Timestamps.utc(card.computedAt()))
                .bind("activity", card.activity().score()).bind("activityCoverage", card.activity().coverage())
                .bind("diversity", card.diversity().score()).bind("diversityCoverage", card.diversity().coverage())
                .bind("maturity", card.maturity().score()).bind("maturityCoverage", card.maturity().coverage())
                .bind("level", card.level().name())
                .bind("provisional", card.provisionalGates().isEmpty() ? null : String.join(",", card.provisionalGates()))
                .bind("decisionMode", card.decisionMode()).bind("participationMode", card.participationMode())
                .bind("licenseFamily", card.licenseFamily())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        PreparedBatch details = h.prepareBatch("INSERT INTO score_detail (card_id, kind, name, score, val, evidence)"
                + " VALUES (:card, :kind, :name, :score, :value, :evidence)");
        card.criteria().forEach(c -> details.bind("card", id).bind("kind", CRITERION).bind("name", c.id())
                .bind("score", c.score()).bind("value", BoundedText.clipped(c.value(), 1000))
                .bind("evidence", BoundedText.clipped(c.evidence(), 2000))
                .add());
        card.measures().forEach((name, value) -> details.bind("card", id).bind("kind", MEASURE).bind("name", name)
                .bind("score", value).bind("value", (String) null).bind("evidence", (String) null).add());
        if (details.size() > 0) {
            details.execute();
        }
        if (!historical) {
            // The project list shows the newest present card (found here once, under the row lock, rather than
            // among all of them at each read); month-end history is not on it.
            h.createUpdate("""
                            UPDATE project SET present_card_id = (SELECT c.id FROM score_card c
                                WHERE c.project_id = :project AND c.historical = FALSE
                                ORDER BY c.computed_at DESC, c.id DESC FETCH FIRST 1 ROWS ONLY)
                            WHERE id = :project""")
                    .bind("project", project).execute();
            ListingVersion.raise(h, project);
        }
    }

    /** The ruleset of the card {@link #latest} returns, through the project's pointer; empty without a pointer. */
    public Optional<String> presentRuleset(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.ruleset FROM project p JOIN score_card c"
                        + " ON c.id = p.present_card_id WHERE p.id = :project")
                .bind("project", project.value()).mapTo(String.class).findOne());
    }

    /**
     * The newest present card of the project under any ruleset: never a historical one, even one computed for a later
     * instant than a frozen {@code forgepulse.fixed-now}.
     */
    public Optional<ScoreCard> latest(ProjectId project) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM score_card WHERE project_id = :project"
                        + " AND historical = FALSE ORDER BY computed_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .bind("project", project.value())
                .map((rs, ctx) -> card(h, rs))
                .findOne());
    }

    /**
     * One point per stored card with its day in [from, to] under the ruleset, present and historical alike, in the
     * order the cards describe time (day, then the instant computed for: a month-end card after that day's present one).
     */
    public List<ScorePoint> history(ProjectId project, String ruleset, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT card_day, historical, activity, diversity, maturity FROM score_card
                        WHERE project_id = :project AND ruleset = :ruleset AND card_day >= :from AND card_day <= :to
                        ORDER BY card_day, historical, computed_at""")
                .bind("project", project.value()).bind("ruleset", ruleset).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new ScorePoint(rs.getObject("card_day", LocalDate.class), rs.getBoolean("historical"),
                        rs.getObject("activity", Double.class), rs.getObject("diversity", Double.class),
                        rs.getObject("maturity", Double.class)))
                .list());
    }

    private static ScoreCard card(Handle h, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Criterion> criteria = new ArrayList<>();
        Map<String, Double> measures = new LinkedHashMap<>();
        h.createQuery("SELECT kind, name, score, val, evidence FROM score_detail WHERE card_id = :id ORDER BY kind, name")
                .bind("id", id)
                .map((d, ctx) -> {
                    Double score = d.getObject("score", Double.class);
                    if (CRITERION.equals(d.getString("kind"))) {
                        criteria.add(new Criterion(d.getString("name"), score, d.getString("val"), d.getString("evidence")));
                    } else if (score != null) {
                        measures.put(d.getString("name"), score);
                    }
                    return id;
                })
                .list();
        String provisional = rs.getString("provisional_gates");
        return new ScoreCard(ProjectId.parse(rs.getString("project_id")), Timestamps.instant(rs, "computed_at"),
                rs.getString("ruleset"),
                axis(rs, "activity"), axis(rs, "diversity"), axis(rs, "maturity"),
                MaturityLevel.valueOf(rs.getString("level")),
                provisional == null ? List.of() : Arrays.asList(provisional.split(",")),
                criteria, measures, rs.getString("decision_mode"), rs.getString("participation_mode"),
                rs.getString("license_family"));
    }

    private static AxisScore axis(ResultSet rs, String column) throws SQLException {
        return new AxisScore(rs.getObject(column, Double.class), rs.getDouble(column + "_coverage"));
    }
}
