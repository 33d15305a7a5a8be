package io.forgepulse.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.StoredProject;
import io.forgepulse.testing.FaultyDisk;
import io.forgepulse.testing.FaultyDisk.State;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A failed write closes H2. The pool replaces the closed connections, so the service answers again as soon as the
 * file can be opened; while it cannot, readiness is DOWN with a sentence. Nothing stored before is lost.
 */
@QuarkusTest
@QuarkusTestResource(value = StoreReadinessTest.FileDatabase.class, restrictToAnnotatedClass = true)
class StoreReadinessTest {

    private static final String STORE = "checks.find { it.name == 'forgepulse store' }";

    @Inject
    ProjectStore projects;

    @AfterEach
    void diskRepaired() {
        FaultyDisk.set(State.OK);
    }

    @Test
    void aFullDiskFailsTheWriteButReadsKeepAnsweringAndWritesWorkOnceThereIsRoom() {
        track("git:before");

        FaultyDisk.set(State.FULL);
        assertThatThrownBy(() -> track("git:during")).isInstanceOf(RuntimeException.class);
        given().when().get("/api/v1/projects").then().statusCode(200).body("id", hasItem("git:before"));
        given().when().get("/q/health/ready").then().statusCode(200).body(STORE + ".status", equalTo("UP"));

        FaultyDisk.set(State.OK);
        track("git:after");
        given().when().get("/api/v1/projects").then().statusCode(200)
                .body("id", hasItem("git:before")).body("id", hasItem("git:after"));
    }

    @Test
    void aStoreThatCannotBeOpenedIsNotReadyWithAReasonAndRecoversWithoutARestart() {
        track("git:kept");
        given().when().get("/q/health/ready").then().statusCode(200).body(STORE + ".status", equalTo("UP"));

        FaultyDisk.set(State.GONE);
        assertThatThrownBy(() -> track("git:lost")).isInstanceOf(RuntimeException.class);
        given().when().get("/q/health/ready").then().statusCode(503)
                .body(STORE + ".status", equalTo("DOWN"))
                .body(STORE + ".data.reason", containsString("check free disk space"));
        given().when().get("/q/health/live").then().statusCode(200);

        FaultyDisk.set(State.OK);
        given().when().get("/q/health/ready").then().statusCode(200).body(STORE + ".status", equalTo("UP"));
        given().when().get("/api/v1/projects").then().statusCode(200).body("id", hasItem("git:kept"));
    }

    private void track(String id) {
        projects.track(ProjectId.parse(id), "/srv/" + id, StoredProject.ORIGIN_API, Instant.now());
    }

    /** The embedded database in a file, on a disk the test can break. */
    public static class FileDatabase implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            FaultyDisk.register();
            Path dir;
            try {
                dir = Files.createTempDirectory("forgepulse-faultydisk");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.h2.jdbc.url", "jdbc:h2:faultydisk:" + dir.resolve("forgepulse")
                    + ";WRITE_DELAY=0", "forgepulse.data-dir", dir.toString());
        }

        @Override
        public void stop() {
        }
    }
}
