package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
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
 * people, no event, and no further harvest_run row however often it runs, in at most four statements; one that finds
 * a new commit stores all three again, and one that finds only a new tag (the same commit at HEAD) stores the release.
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
    HarvestRunStore runs;

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
        List<Long> events = eventCounts();
        int runRows = runRows();

        for (int i = 0; i < 5; i++) {
            List<String> statements = CallerStatements.of(jdbi,
                    () -> assertThat(harvests.harvest(sample).written().total()).isZero()).sql();
            // One read of the last check, then one transaction: the check's run row, the prune, the listing version.
            assertThat(statements).as("statements of a harvest with nothing new").hasSizeLessThanOrEqualTo(4);
            assertThat(statements.stream().filter(sql -> !sql.startsWith("SELECT")))
                    .as("what a harvest with nothing new writes")
                    .allMatch(sql -> sql.matches("(UPDATE|DELETE FROM) (HARVEST_RUN|LISTING_VERSION) .*"));
        }
        assertThat(monthEnds.awaitIdle(Duration.ofMinutes(2))).isTrue();
        assertThat(storedState()).isEqualTo(stored);
        assertThat(eventCounts()).isEqualTo(events);
        assertThat(organizations()).containsOnly("marker");
        assertThat(runRows()).as("harvest_run rows after 5 more harvests with nothing new").isEqualTo(runRows);
        HarvestRun latest = runs.latest(SAMPLE).orElseThrow();
        assertThat(latest.outcome()).isEqualTo(HarvestRun.SUCCESS);
        assertThat(latest.finishedAt()).as("the latest check is what lastHarvest shows").isAfterOrEqualTo(
                runs.recent(SAMPLE, 100).stream().map(HarvestRun::startedAt).max(java.util.Comparator.naturalOrder())
                        .orElseThrow());

        ScriptedRepo repo = SampleProjectResource.repo();
        repo.git("tag", "v-noop-test");
        HarvestOutcome tagged = harvests.harvest(sample);
        assertThat(tagged.written().releases()).as("a new tag at the same HEAD").isEqualTo(1);
        assertThat(harvests.harvest(sample).written().total()).isZero();

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

    /** Stored events of each kind the sample has. */
    private List<Long> eventCounts() {
        return jdbi.withHandle(h -> List.of(
                h.createQuery("SELECT COUNT(*) FROM commit_event WHERE project_id = 'git:sample'").mapTo(Long.class).one(),
                h.createQuery("SELECT COUNT(*) FROM release_event WHERE project_id = 'git:sample'").mapTo(Long.class).one()));
    }

    private int runRows() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM harvest_run WHERE project_id = 'git:sample'")
                .mapTo(Integer.class).one());
    }

    private List<String> organizations() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(organization, '') FROM person"
                + " WHERE project_id = 'git:sample'").mapTo(String.class).list());
    }
}
