package io.forgepulse.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.BoundedText;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.StoredProject;
import io.forgepulse.testing.ScriptedRepo;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Harvests that meet what breaks them in the field: an out-of-memory error, items without keys, a store that refuses
 * a batch, a commit whose author name and e-mail are longer than any column. Each is recorded, none stops the others,
 * and what the API serves as the run's message never carries SQL, e-mail addresses or paths of this host.
 */
@QuarkusTest
@TestProfile(HarvestFaultsTest.Profile.class)
class HarvestFaultsTest {

    private static final ProjectId OOM = ProjectId.parse("git:oom");
    private static final ProjectId LONG_NAMES = ProjectId.parse("git:long-names");
    private static final String LONG_NAME = "N".repeat(399) + "é";
    private static final String LONG_EMAIL = "e".repeat(388) + "@example.org";

    /** The faulty connectors, and a database of this test's own. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FaultyConnectors.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("quarkus.datasource.h2.jdbc.url", "jdbc:h2:mem:forgepulse-faults;DB_CLOSE_DELAY=-1",
                        "forgepulse.data-dir", Files.createTempDirectory("forgepulse-faults").toString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    ProjectStore projects;

    @Inject
    HarvestRunStore runs;

    @Inject
    EventStore events;

    @Inject
    HarvestScheduler scheduler;

    @Inject
    HarvestStep step;

    @Test
    void anOutOfMemoryErrorIsTheRunsRecordedFailureAndTheNextProjectIsHarvested() throws IOException {
        projects.track(OOM, "/nowhere", StoredProject.ORIGIN_CONFIG, Instant.now());
        longNames();
        // Harvested in id order: this one comes after the project that runs out of memory.
        ProjectId after = ProjectId.parse("git:zz-after");
        projects.track(after, projects.find(LONG_NAMES).orElseThrow().location(), StoredProject.ORIGIN_CONFIG,
                Instant.now());

        scheduler.harvestAll();

        HarvestRun oom = runs.latest(OOM).orElseThrow();
        assertThat(oom.outcome()).isEqualTo(HarvestRun.FAILURE);
        assertThat(oom.finishedAt()).isNotNull();
        assertThat(oom.message()).isEqualTo("the harvest ran out of memory; details in the service log");
        HarvestRun next = runs.latest(after).orElseThrow();
        assertThat(next.outcome()).as(next.message()).isEqualTo(HarvestRun.SUCCESS);
        assertThat(next.id()).isGreaterThan(oom.id());
    }

    @Test
    void aCommitWithA400CharacterAuthorNameAndEmailIsStoredCutToItsColumns() throws IOException {
        ScriptedRepo repo = longNames();

        HarvestOutcome outcome = step.harvest(projects.find(LONG_NAMES).orElseThrow());

        assertThat(outcome.outcome()).as(outcome.message()).isEqualTo(HarvestRun.SUCCESS);
        int gitLog = Integer.parseInt(repo.git("rev-list", "--count", "--no-merges", "HEAD").strip());
        assertThat(events.commits(LONG_NAMES)).hasSize(gitLog);
        assertThat(events.commits(LONG_NAMES)).anySatisfy(c -> {
            assertThat(c.author().name()).isEqualTo(LONG_NAME.substring(0, BoundedText.NAME));
            assertThat(c.author().email()).isEqualTo(LONG_EMAIL.substring(0, BoundedText.EMAIL));
        });
        // The people and the contributors list come from those commits too.
        assertThat(given().when().get("/api/v1/projects/git/long-names/contributors?from=2024-01-01&to=2024-02-01")
                .then().statusCode(200).extract().jsonPath().getList("name")).hasSize(2);
    }

    /** A fresh repository of two commits, the first by an author whose name and e-mail exceed every column. */
    private ScriptedRepo longNames() throws IOException {
        Path dir = Files.createTempDirectory("forgepulse-long-names");
        ScriptedRepo repo = ScriptedRepo.init(dir)
                .commit(LONG_NAME, LONG_EMAIL, "2024-01-02T10:00:00+00:00", Map.of("a.txt", "a\n"), "first")
                .commit("Ann", "ann@example.org", "2024-01-03T10:00:00+00:00", Map.of("a.txt", "b\n"), "second");
        projects.untrack(LONG_NAMES);
        projects.track(LONG_NAMES, dir.toString(), StoredProject.ORIGIN_CONFIG, Instant.now());
        return repo;
    }

    @Test
    void itemsWithoutTheirKeysAreSkippedAndCounted() {
        ProjectId incomplete = ProjectId.parse("git:incomplete");
        projects.track(incomplete, "/nowhere", StoredProject.ORIGIN_CONFIG, Instant.now());

        HarvestOutcome outcome = step.harvest(projects.find(incomplete).orElseThrow());

        HarvestRun run = runs.latest(incomplete).orElseThrow();
        assertThat(run.outcome()).isEqualTo(HarvestRun.SUCCESS);
        assertThat(run.message()).startsWith("skipped 2 events the forge sent without a required field");
        assertThat(outcome.message()).isEqualTo(run.message());
        assertThat(events.issues(incomplete)).extracting(i -> i.key()).containsExactly("7");
        assertThat(events.comments(incomplete)).isEmpty();
    }

    @Test
    void aBatchTheStoreRefusesIsAPlainSentenceWithoutSqlOrAddresses() {
        ProjectId vanishing = ProjectId.parse("git:vanishing");
        projects.track(vanishing, "/nowhere", StoredProject.ORIGIN_CONFIG, Instant.now());

        HarvestOutcome outcome = step.harvest(projects.find(vanishing).orElseThrow());

        assertThat(outcome.outcome()).isEqualTo(HarvestRun.FAILURE);
        assertThat(outcome.message()).isEqualTo("the store refused a batch of 1 events; details in the service log")
                .doesNotContain("@").doesNotContainIgnoringCase("merge").doesNotContainIgnoringCase("insert");
    }

    @Test
    void aSpentBudgetIsAStopThatKeepsWhatWasReadNotAFailure() {
        ProjectId budget = ProjectId.parse("git:budget");
        projects.track(budget, "/nowhere", StoredProject.ORIGIN_CONFIG, Instant.now());

        HarvestOutcome outcome = step.harvest(projects.find(budget).orElseThrow());

        assertThat(outcome).isInstanceOf(HarvestOutcome.Stopped.class);
        assertThat(outcome.message()).contains("budget of 1 requests");
        assertThat(outcome.written().commits()).isEqualTo(1);
        assertThat(events.cursor(budget)).containsEntry("commits", "b".repeat(40));
        HarvestRun run = runs.latest(budget).orElseThrow();
        assertThat(run.outcome()).isEqualTo(HarvestRun.STOPPED);
        given().when().get("/api/v1/projects/git/budget").then().statusCode(200)
                .body("lastHarvest.outcome", org.hamcrest.Matchers.equalTo("stopped"))
                .body("lastHarvest.resumes", org.hamcrest.Matchers.equalTo(true));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(
                        "forgepulse_harvest_runs_total{outcome=\"stopped\",project=\"git:budget\"} 1.0"));
    }
}
