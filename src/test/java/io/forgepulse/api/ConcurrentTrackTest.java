package io.forgepulse.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.testing.SampleProjectResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Many admins adding the same project at once: the database decides, exactly one of them adds it. */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
class ConcurrentTrackTest {

    private static final int CALLERS = 20;

    @TestHTTPResource("/")
    URI base;

    @Test
    void concurrentPostsOfOneIdGiveOneCreatedAndConflictsForTheRest() throws Exception {
        RawHttp http = new RawHttp(base);
        byte[] body = ("{\"id\": \"git:raced\", \"location\": \"" + SampleProjectResource.repo().dir() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of("Authorization", "Bearer " + SampleProjectResource.ADMIN_TOKEN,
                "Content-Type", "application/json");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        List<Future<RawHttp.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return http.send("POST", "/api/v1/projects", headers, body);
            }));
        }
        start.countDown();
        List<RawHttp.Answer> done = new ArrayList<>();
        for (Future<RawHttp.Answer> answer : answers) {
            done.add(answer.get());
        }
        pool.shutdown();

        assertThat(done).as("answers").filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(done).as("answers").filteredOn(a -> a.status() != 201).hasSize(CALLERS - 1)
                .allSatisfy(a -> {
                    assertThat(a.status()).isEqualTo(409);
                    assertThat(a.isProblemJson()).as(a.toString()).isTrue();
                    assertThat(a.body()).contains("tracked already");
                });
        String list = http.get("/api/v1/projects").body();
        Matcher stored = Pattern.compile("\"id\":\"git:raced\"").matcher(list);
        assertThat(stored.results().count()).as(list).isEqualTo(1);
    }
}
