package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.MaturityLevel;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.domain.Signature;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.domain.Events;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.ScoreCardStore;
import io.forgepulse.store.StoredProject;
import io.forgepulse.testing.SampleProject;
import io.forgepulse.testing.SampleProjectResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A card stored under an older ruleset is recomputed from the stored events by the start-up pass (in the background),
 * without harvesting, and so is the score history: every month end gets a card of the current ruleset.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
class RulesetUpgradeTest {

    private static final ProjectId IMPORTED = ProjectId.parse("git:imported");

    @Inject
    StartupRescoring rescoring;

    @Inject
    ProjectStore projects;

    @Inject
    EventStore events;

    @Inject
    ScoreCardStore cards;

    @Inject
    HarvestRunStore runs;

    @Inject
    MonthEndScoring monthEnds;

    @Test
    void anOlderRulesetsCardIsRecomputedFromStoredEventsWithoutHarvesting() throws Exception {
        Instant now = Instant.parse(SampleProject.NOW);
        // A project whose events are stored but whose only card predates the current ruleset; its location does
        // not exist, so a harvest could not have produced the new card.
        projects.track(IMPORTED, "/nonexistent/imported", StoredProject.ORIGIN_API, now);
        Signature ann = new Signature("Ann", "ann@acme-corp.com", OffsetDateTime.parse("2025-09-01T10:00:00Z"));
        events.write(IMPORTED, Events.ofCommits(List.of(new Commit("a1", ann, ann, 1, 10, 0, List.of(), false))),
                Map.of());
        cards.save(new ScoreCard(IMPORTED, now.minusSeconds(86_400), "forgepulse/0", new AxisScore(1.0, 1),
                AxisScore.NONE, AxisScore.NONE, MaturityLevel.INITIAL, List.of(), List.of(), Map.of(), null, null, null));
        // The old ruleset's history: one month-end card, of 2025-09.
        cards.saveHistorical(new ScoreCard(IMPORTED, Instant.parse("2025-10-01T00:00:00Z"), "forgepulse/0",
                new AxisScore(1.0, 1), AxisScore.NONE, AxisScore.NONE, MaturityLevel.INITIAL, List.of(), List.of(),
                Map.of(), null, null, null));

        rescoring.start(List.of(projects.find(IMPORTED).orElseThrow())).get(2, TimeUnit.MINUTES);

        ScoreCard latest = cards.latest(IMPORTED).orElseThrow();
        assertThat(latest.ruleset()).isEqualTo(ScoreCardCalculator.RULESET);
        assertThat(latest.measures()).containsEntry("commits_365d", 1.0);
        // The old ruleset's cards are kept (its present card and its month-end card), not rewritten.
        assertThat(cards.history(IMPORTED, "forgepulse/0", LocalDate.parse("2000-01-01"), LocalDate.parse("2100-01-01"))).hasSize(2);
        assertThat(runs.latest(IMPORTED)).isEmpty();

        // The history of the current ruleset: the month ends of 2025-09 to 2026-05, the commit counted in each.
        assertThat(monthEnds.awaitIdle(Duration.ofMinutes(2))).isTrue();
        List<LocalDate> days = cards.historicalDays(IMPORTED, ScoreCardCalculator.RULESET).stream().sorted().toList();
        assertThat(days).hasSize(9).startsWith(LocalDate.parse("2025-09-30")).endsWith(LocalDate.parse("2026-05-31"));
        assertThat(cards.historical(IMPORTED, ScoreCardCalculator.RULESET, LocalDate.parse("2025-09-30")).orElseThrow()
                .measures()).containsEntry("commits_365d", 1.0);
        assertThat(cards.historicalDays(IMPORTED, "forgepulse/0")).containsExactly(LocalDate.parse("2025-09-30"));
        assertThat(cards.latest(IMPORTED).orElseThrow().computedAt()).isEqualTo(now);
    }
}
