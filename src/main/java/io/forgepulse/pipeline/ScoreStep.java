package io.forgepulse.pipeline;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.identity.Alias;
import io.forgepulse.metrics.ProjectFigures;
import io.forgepulse.metrics.ProjectMeters;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.scoring.ScoringRules;
import io.forgepulse.store.IdentityRow;
import io.forgepulse.store.PeopleStore;
import io.forgepulse.store.ScoreCardStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recomputes a project's people and score card from the store, stores them and publishes the gauges. */
@ApplicationScoped
public class ScoreStep {

    private final HistoryLoader loader;
    private final PeopleStore people;
    private final ScoreCardStore cards;
    private final ProjectMeters meters;
    private final ScoringRules rules;
    private final Clock clock;

    @Inject
    ScoreStep(HistoryLoader loader, PeopleStore people, ScoreCardStore cards, ProjectMeters meters, ScoringRules rules,
            Clock clock) {
        this.loader = loader;
        this.people = people;
        this.cards = cards;
        this.meters = meters;
        this.rules = rules;
        this.clock = clock;
    }

    public ScoreCard score(ProjectId project) {
        LoadedHistory loaded = loader.load(project);
        people.replace(project, loaded.people().values().stream().distinct().toList(), identities(loaded.people()));
        ScoreCard card = ScoreCardCalculator.calculate(loaded.history(), clock.instant(), rules);
        cards.save(card);
        meters.publish(figures(loaded.history(), card));
        return card;
    }

    /**
     * Publishes the gauges of a stored card at start-up, so a restart does not show empty dashboards; a card of an
     * older ruleset is first recomputed from the stored events, without harvesting.
     */
    void republish(ProjectId project) {
        Optional<ScoreCard> card = cards.latest(project);
        if (card.isPresent() && !ScoreCardCalculator.RULESET.equals(card.get().ruleset())) {
            score(project);
            return;
        }
        card.ifPresent(c -> meters.publish(figures(loader.history(project), c)));
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

    static ProjectFigures figures(ProjectHistory h, ScoreCard card) {
        boolean forge = h.forgeEvents();
        Double lastCommit = h.commits().stream()
                .map(AttributedCommit::commit)
                .map(c -> c.author().when().toEpochSecond())
                .max(Long::compare)
                .map(Long::doubleValue)
                .orElse(null);
        return new ProjectFigures(h.id(), card.activity().score(), card.diversity().score(), card.maturity().score(),
                card.level().ordinal(), h.commits().size(),
                forge ? (long) h.issues().size() : null,
                forge ? h.issues().stream().map(Issue::closedAt).filter(java.util.Objects::nonNull).count() : null,
                forge ? (long) h.changeRequests().size() : null,
                forge ? h.changeRequests().stream().filter(ChangeRequest::merged).count() : null,
                h.releases().size(),
                card.measures().get("active_contributors_90d"),
                card.measures().get("bus_factor"),
                card.measures().get("elephant_factor"),
                h.snapshot() == null ? null : h.snapshot().stars(),
                lastCommit);
    }
}
