package io.forgepulse.pipeline;

import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.Capability;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.identity.Alias;
import io.forgepulse.metrics.ProjectFigures;
import io.forgepulse.metrics.ProjectMeters;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.scoring.ScoringRules;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.EventTotals;
import io.forgepulse.store.IdentityRow;
import io.forgepulse.store.LastCheck;
import io.forgepulse.store.PeopleStore;
import io.forgepulse.store.ScoreCardStore;
import io.forgepulse.store.SnapshotStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recomputes a project's people and score card from the store, stores them and publishes the gauges. */
@ApplicationScoped
public class ScoreStep {

    private final WindowedHistory loader;
    private final EventStore events;
    private final SnapshotStore snapshots;
    private final PeopleStore people;
    private final ScoreCardStore cards;
    private final ProjectMeters meters;
    private final ScoringRules rules;
    private final Clock clock;
    private final Connectors connectors;

    @Inject
    ScoreStep(WindowedHistory loader, EventStore events, SnapshotStore snapshots, PeopleStore people,
            ScoreCardStore cards, ProjectMeters meters, ScoringRules rules, @ScoringClock Clock clock,
            Connectors connectors) {
        this.loader = loader;
        this.events = events;
        this.snapshots = snapshots;
        this.people = people;
        this.cards = cards;
        this.meters = meters;
        this.rules = rules;
        this.clock = clock;
        this.connectors = connectors;
    }

    public ScoreCard score(ProjectId project) {
        return score(project, true);
    }

    /**
     * Recomputes and stores the card from the events of its windows and the aggregates over the rest
     * ({@link WindowedHistory}). The people are rewritten only when {@code newEvents} may have brought new identities
     * and the merged people differ from the stored ones: merging is the same function of the same identities
     * otherwise, and a harvest of known authors' work leaves both tables as they are.
     */
    ScoreCard score(ProjectId project, boolean newEvents) {
        Instant now = clock.instant();
        ScoringInput input = loader.load(project, now);
        if (newEvents) {
            List<Person> merged = input.people().values().stream().distinct().toList();
            List<IdentityRow> identities = identities(input.people());
            if (!people.holds(project, merged, identities)) {
                people.replace(project, merged, identities);
            }
        }
        ScoreCard card = ScoreCardCalculator.calculate(input.windows(), input.whole(), now, rules);
        cards.save(card);
        meters.publish(figures(card, Optional.ofNullable(input.windows().snapshot())));
        return card;
    }

    /**
     * Whether the present card the last check read is missing, of another ruleset or not computed today (the
     * scores' windows end today).
     */
    boolean outdated(LastCheck last) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return !last.cardRuleset().filter(ScoreCardCalculator.RULESET::equals).isPresent()
                || !last.cardComputedAt().map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC).equals(today)).orElse(false);
    }

    /**
     * Publishes the gauges of a stored card at start-up, so a restart does not show empty dashboards; a card of an
     * older ruleset is first recomputed from the stored events, without harvesting.
     */
    void republish(ProjectId project) {
        // The ruleset alone first, through the project's pointer (set with every present card, V12 set it for the
        // older ones): a card about to be recomputed is not read whole.
        Optional<String> ruleset = cards.presentRuleset(project);
        if (ruleset.isEmpty()) {
            return;
        }
        if (!ScoreCardCalculator.RULESET.equals(ruleset.get())) {
            score(project);
            return;
        }
        cards.latest(project).ifPresent(c -> meters.publish(figures(c, snapshots.latest(project))));
    }

    private static List<IdentityRow> identities(Map<Alias, Person> people) {
        return people.entrySet().stream()
                // The table keys on all three columns, so an absent part is '' (a login alias has no mail or name).
                .map(e -> new IdentityRow(orEmpty(e.getKey().email()), orEmpty(e.getKey().name()),
                        orEmpty(e.getKey().login()), e.getValue().key()))
                .toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * The gauges' figures: the card's scores and measures, totals the database counts, and the stars of
     * {@code snapshot} (the project's latest, which the scoring just read when it scored).
     */
    private ProjectFigures figures(ScoreCard card, Optional<ProjectSnapshot> snapshot) {
        ProjectId id = card.project();
        EventTotals t = events.totals(id);
        // Plain git has no issues or change requests at all: their counters stay absent rather than at zero.
        boolean forge = connectors.reads(id.forge(), Capability.TRACKER);
        return new ProjectFigures(id, card.activity().score(), card.diversity().score(), card.maturity().score(),
                card.level().ordinal(), t.commits(),
                forge ? t.issuesOpened() : null,
                forge ? t.issuesClosed() : null,
                forge ? t.changeRequestsOpened() : null,
                forge ? t.changeRequestsMerged() : null,
                t.releases(),
                card.measures().get("active_contributors_90d"),
                card.measures().get("bus_factor"),
                card.measures().get("elephant_factor"),
                snapshot.map(s -> s.stars()).orElse(null),
                t.lastCommit() == null ? null : (double) t.lastCommit().getEpochSecond());
    }
}
