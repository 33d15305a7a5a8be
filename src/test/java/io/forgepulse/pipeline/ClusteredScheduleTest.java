package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.store.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two schedules over one database, as two instances have: a project never runs on both at once, the work is shared,
 * and a claim whose instance stopped renewing it is taken over and run again. On H2 always (both schedules in this
 * JVM on one in-memory database) and on PostgreSQL when FORGEPULSE_TEST_POSTGRES_URL is set (claims with SKIP
 * LOCKED, as the service does there).
 */
class ClusteredScheduleTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    static Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void twoInstancesNeverRunOneProjectAtOnceAndShareTheWork(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            List<String> projects = IntStream.range(0, 6).mapToObj(i -> "git:p" + i).toList();
            Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> byInstance = new ConcurrentHashMap<>();
            AtomicInteger overlaps = new AtomicInteger();
            List<ClusteredSchedule> instances = Stream.of("a", "b").map(name -> schedule(db, name, id -> {
                if (running.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                byInstance.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.get(id).decrementAndGet();
                runs.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                return true;
            }, (id, dead) -> { }, Duration.ofSeconds(1))).toList();
            try {
                instances.get(0).start(projects, true);
                instances.get(1).start(projects, false);
                await(() -> projects.stream().allMatch(p -> runs.getOrDefault(p, new AtomicInteger()).get() >= 4));
            } finally {
                instances.forEach(ClusteredSchedule::stop);
            }
            assertThat(overlaps).as("runs of one project that overlapped").hasValue(0);
            assertThat(byInstance.keySet()).as("instances that ran projects: %s", byInstance)
                    .containsExactlyInAnyOrder("a", "b");
            try (Connection c = db.dataSource().getConnection();
                    var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM harvest_schedule")) {
                rs.next();
                assertThat(rs.getInt(1)).as("schedule entries").isEqualTo(projects.size());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aClaimWhoseHeartbeatStoppedIsTakenOverAndRunAgain(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            // What an instance killed mid-harvest leaves: its claim, with a heartbeat that stopped an hour ago.
            try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO harvest_schedule (task_name, task_instance, execution_time, picked, picked_by,"
                            + " last_heartbeat, version) VALUES ('harvest', 'git:orphan', ?, TRUE, 'dead-1', ?, 1)")) {
                insert.setObject(1, now.minusHours(1));
                insert.setObject(2, now.minusHours(1));
                insert.executeUpdate();
            }
            List<String> takenOver = new CopyOnWriteArrayList<>();
            List<String> ran = new CopyOnWriteArrayList<>();
            ClusteredSchedule survivor = schedule(db, "b", id -> ran.add(id),
                    (id, dead) -> takenOver.add(id + " from " + dead), Duration.ofMillis(500));
            try {
                survivor.start(List.of("git:orphan"), false);
                await(() -> !ran.isEmpty());
            } finally {
                survivor.stop();
            }
            assertThat(takenOver).containsExactly("git:orphan from dead-1");
            assertThat(ran).first().isEqualTo("git:orphan");
        }
    }

    private static ClusteredSchedule schedule(TestDatabase db, String name, ClusteredSchedule.Work work,
            ClusteredSchedule.DeadClaim dead, Duration heartbeat) {
        return new ClusteredSchedule(new ClusteredSchedule.Settings(db.dataSource(), db.kind().equals("h2"), name, 2,
                Duration.ofMillis(300), Duration.ofMillis(100), heartbeat), Clock.systemUTC(), work, dead);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", WAIT).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
