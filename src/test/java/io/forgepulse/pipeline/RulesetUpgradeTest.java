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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A card stored under an older ruleset is recomputed from the stored events by the start-up pass (in the background),
 * without harvesting.
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

    @Test
    void anOlderRulesetsCardIsRecomputedFromStoredEventsWithoutHarvesting() throws Exception {
        Instant now = Instant.parse(SampleProject.NOW);
        // A project whose events are stored but whose only card predates the current ruleset; its location does
        // not exist, so a harvest could not have produced the new card.
        projects.track(IMPORTED, "/nonexistent/imported", StoredProject.ORIGIN_API, now);
        Signature ann = new Signature("Ann", "ann@acme-corp.com", OffsetDateTime.parse("2026-06-01T10:00:00Z"));
        events.write(IMPORTED, Events.ofCommits(List.of(new Commit("a1", ann, ann, 1, 10, 0, List.of(), false))),
                Map.of());
        cards.save(new ScoreCard(IMPORTED, now.minusSeconds(86_400), "forgepulse/0", new AxisScore(1.0, 1),
                AxisScore.NONE, AxisScore.NONE, MaturityLevel.INITIAL, List.of(), List.of(), Map.of(), null, null, null));

        rescoring.start(List.of(projects.find(IMPORTED).orElseThrow())).get(2, TimeUnit.MINUTES);

        ScoreCard latest = cards.latest(IMPORTED).orElseThrow();
        assertThat(latest.ruleset()).isEqualTo(ScoreCardCalculator.RULESET);
        assertThat(latest.measures()).containsEntry("commits_365d", 1.0);
        assertThat(cards.history(IMPORTED, "forgepulse/0", LocalDate.parse("2000-01-01"), LocalDate.parse("2100-01-01"))).hasSize(1);
        assertThat(runs.latest(IMPORTED)).isEmpty();
    }
}
