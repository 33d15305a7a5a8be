package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.StoredProject;
import io.forgepulse.testing.SampleProjectResource;
import io.forgepulse.testing.ScriptedRepo;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A harvest that finds nothing new stores nothing: no snapshot, no card (present or month-end), no rewrite of the
 * people; one that finds a new commit stores all three again.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
class NoOpHarvestTest {

    private static final ProjectId SAMPLE = ProjectId.parse("git:sample");

    @Inject
    HarvestStep harvests;

    @Inject
    ProjectRegistry registry;

    @Inject
    Jdbi jdbi;

    @Inject
    StartupRescoring rescoring;

    @Inject
    MonthEndScoring monthEnds;

    @Test
    void aHarvestWithNothingNewStoresNothingAndComputesNoCard() throws Exception {
        // The start-up pass republishes the sample's card while holding its harvest lock: a harvest meanwhile is skipped.
        rescoring.finished().get(1, TimeUnit.MINUTES);
        StoredProject sample = registry.find(SAMPLE).orElseThrow();
        assertThat(harvests.harvest(sample).outcome()).isEqualTo(HarvestRun.SUCCESS);
        // The first successful harvest computes the sample's past month ends in the background.
        assertThat(monthEnds.awaitIdle(Duration.ofMinutes(2))).isTrue();
        List<Object> stored = storedState();
        // A mark only a rewrite of the people would remove.
        jdbi.useHandle(h -> h.execute("UPDATE person SET organization = 'marker' WHERE project_id = 'git:sample'"));

        HarvestOutcome again = harvests.harvest(sample);
        assertThat(monthEnds.awaitIdle(Duration.ofMinutes(2))).isTrue();

        assertThat(again.outcome()).isEqualTo(HarvestRun.SUCCESS);
        assertThat(again.written().total()).isZero();
        assertThat(storedState()).as("snapshot time and card ids").isEqualTo(stored);
        assertThat(organizations()).containsOnly("marker");

        ScriptedRepo repo = SampleProjectResource.repo();
        repo.write("NEW.md", "new\n");
        repo.commit("A new file", ScriptedRepo.CAROL, "2026-06-29T10:00:00Z");
        HarvestOutcome changed = harvests.harvest(sample);

        assertThat(changed.written().commits()).isEqualTo(1);
        assertThat(storedState()).isNotEqualTo(stored);
        assertThat(organizations()).doesNotContain("marker");
    }

    /** The stored snapshot's time and the ids of the project's cards (a stored card gets a new id). */
    private List<Object> storedState() {
        return jdbi.withHandle(h -> List.of(
                h.createQuery("SELECT taken_at FROM project_snapshot WHERE project_id = 'git:sample'")
                        .mapTo(java.time.OffsetDateTime.class).one().toInstant(),
                h.createQuery("SELECT id FROM score_card WHERE project_id = 'git:sample' ORDER BY id")
                        .mapTo(Long.class).list()));
    }

    private List<String> organizations() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(organization, '') FROM person"
                + " WHERE project_id = 'git:sample'").mapTo(String.class).list());
    }
}
