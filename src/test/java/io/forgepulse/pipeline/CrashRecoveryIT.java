package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.testing.GeneratedRepo;
import io.forgepulse.testing.ScriptedRepo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged service as a separate process: SIGKILL in the middle of a harvest, then a restart, must end
 * with exactly the data of an uninterrupted run, and a restart keeps all data.
 */
class CrashRecoveryIT {

    private static final int COMMITS = 20_000;
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @TempDir
    Path tmp;

    @Test
    void killedMidHarvestThenRestartedEndsWithTheDataOfAnUninterruptedRun() throws Exception {
        ScriptedRepo repo = GeneratedRepo.create(tmp.resolve("big"), COMMITS, 40);
        String head = repo.git("rev-parse", "HEAD").trim();

        Path reference = tmp.resolve("reference");
        try (Service service = Service.start(repo.dir(), reference)) {
            service.awaitHarvest();
        }

        Path crashed = tmp.resolve("crashed");
        Service first = Service.start(repo.dir(), crashed);
        first.awaitBatchStored();
        first.kill();
        int partial = count(crashed, "SELECT COUNT(*) FROM commit_event");
        assertThat(partial).as("commits stored when the process was killed").isBetween(1, COMMITS - 1);

        try (Service second = Service.start(repo.dir(), crashed)) {
            second.awaitHarvest();
        }

        assertThat(rows(crashed, "SELECT * FROM commit_event ORDER BY sha"))
                .isEqualTo(rows(reference, "SELECT * FROM commit_event ORDER BY sha"))
                .hasSize(COMMITS);
        // The author lines' totals are written with each batch: none counted twice across the crash.
        assertThat(rows(crashed, "SELECT * FROM commit_author ORDER BY author_email, author_name"))
                .isEqualTo(rows(reference, "SELECT * FROM commit_author ORDER BY author_email, author_name"))
                .isNotEmpty();
        assertThat(rows(crashed, "SELECT * FROM harvest_cursor ORDER BY stream"))
                .isEqualTo(rows(reference, "SELECT * FROM harvest_cursor ORDER BY stream"))
                .anySatisfy(row -> assertThat(row).contains(head));
        assertThat(rows(crashed, "SELECT outcome FROM harvest_run ORDER BY id"))
                .containsExactly(List.of("interrupted"), List.of("success"));

        // A restart keeps everything and, with nothing new upstream, writes nothing.
        try (Service third = Service.start(repo.dir(), crashed)) {
            third.awaitHarvest();
        }
        assertThat(count(crashed, "SELECT COUNT(*) FROM commit_event")).isEqualTo(COMMITS);
        assertThat(rows(crashed, "SELECT commits FROM harvest_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY"))
                .containsExactly(List.of("0"));
    }

    private static int count(Path dataDir, String sql) throws SQLException {
        return Integer.parseInt(rows(dataDir, sql).get(0).get(0));
    }

    private static List<List<String>> rows(Path dataDir, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("forgepulse"), "sa", "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The packaged service in its own JVM, tracking one repository, with its log watched. */
    private static final class Service implements AutoCloseable {

        private final Process process;
        private final int port;
        private final CountDownLatch batchStored = new CountDownLatch(1);
        private final StringBuffer log = new StringBuffer();

        private Service(Process process, int port) {
            this.process = process;
            this.port = port;
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        log.append(line).append('\n');
                        if (line.contains("stored a batch")) {
                            batchStored.countDown();
                        }
                    }
                } catch (IOException e) {
                    // The process was killed: its output ends.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Service start(Path repo, Path dataDir) throws IOException {
            assertThat(JAR).as("the packaged service; run with mvn verify").exists();
            Files.createDirectories(dataDir);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dforgepulse.track=git:big=" + repo,
                    "-Dforgepulse.data-dir=" + dataDir,
                    "-Dforgepulse.harvest.batch-size=100",
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.log.category.\"io.forgepulse.pipeline.HarvestStep\".level=DEBUG",
                    "-jar", JAR.toString())
                    .redirectErrorStream(true).start();
            return new Service(p, port);
        }

        void awaitBatchStored() throws InterruptedException {
            assertThat(batchStored.await(120, TimeUnit.SECONDS)).as("a batch was stored; log:\n%s", log).isTrue();
        }

        /** Waits until the project's last harvest is a success, read over the API. */
        void awaitHarvest() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + "/api/v1/projects/git/big")).build(), HttpResponse.BodyHandlers.ofString()).body();
                    if (body.contains("\"outcome\":\"success\"")) {
                        return;
                    }
                    assertThat(body).doesNotContain("\"outcome\":\"failure\"");
                } catch (IOException e) {
                    // Not listening yet.
                }
                Thread.sleep(200);
            }
            throw new AssertionError("no successful harvest within 300 s; log:\n" + log);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks run
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
