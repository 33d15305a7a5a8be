package io.forgepulse.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.git.GitConnector;
import io.forgepulse.forge.http.ForgeClient;
import io.forgepulse.forge.http.HttpPolicy;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.ScriptedRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * What the request benchmarks of the three forges share: a WireMock server with the forge's answer extensions, the
 * forge client as production builds it (cache large enough for the whole generated project, so a re-harvest can be
 * answered by 304s), a local mirror for the connectors that read commits from one, and harvests counted by the client's own request accounting, one cursor kept across them as the
 * store would.
 */
final class RequestBench implements AutoCloseable {

    private final String forge;
    private final WireMockServer server;
    private final RequestCounts counts = new RequestCounts();
    private final OkHttpClient client;
    private final Map<String, String> cursor = new HashMap<>();
    /** Scratch space: the HTTP cache, the mirrors and the repository they mirror. */
    private final Path dir;

    /** @param forge the forge id the client counts requests under ({@code github}, {@code gitlab}, {@code gitee}) */
    RequestBench(String forge, Extension... extensions) {
        this.forge = forge;
        this.server = new WireMockServer(options().dynamicPort().disableRequestJournal().extensions(extensions));
        server.start();
        try {
            this.dir = Files.createTempDirectory("bench-" + forge);
            this.client = ForgeClient.create(new HttpPolicy(dir.resolve("http-cache"), 500_000_000L, 3, Duration.ofMillis(1),
                    Duration.ofSeconds(1), Duration.ofSeconds(30), 500_000_000L), counts);
        } catch (IOException e) {
            server.stop();
            throw new UncheckedIOException(e);
        }
    }

    WireMockServer server() {
        return server;
    }

    /** The mock's root URL, without a trailing slash. */
    String base() {
        return "http://localhost:" + server.port();
    }

    OkHttpClient client() {
        return client;
    }

    /** The clock of the connectors: it stands at the first generated time. */
    static Clock clock() {
        return Clock.fixed(Generated.start(), ZoneOffset.UTC);
    }

    /** The plain-git connector the GitLab and Gitee connectors read their mirrors with. */
    GitConnector git() {
        return new GitConnector(dir.resolve("mirrors"), 100, clock());
    }

    /**
     * Project {@code id} with a local repository of one commit as its clone URL: commits and tags come from the
     * mirror, which costs no API request, as on the forge.
     */
    TrackedProject mirrored(String id) {
        ScriptedRepo repo = ScriptedRepo.init(dir.resolve("repository")).commit("Alice", "alice@example.org",
                "2019-12-31T12:00:00Z", Map.of("README.md", "# generated\n"), "first commit");
        return new TrackedProject(ProjectId.parse(id), repo.dir().toUri().toString());
    }

    /** One harvest from the cursor the previous ones left, and what it cost. */
    HarvestCost harvest(ForgeConnector connector, TrackedProject project) throws ForgeException {
        Map<String, Long> before = counts.requests().getOrDefault(forge, Map.of());
        int[] written = {0};
        long start = System.nanoTime();
        connector.harvest(project, new HarvestCursor(cursor), (HarvestBatch batch) -> {
            written[0] += batch.size();
            cursor.putAll(batch.cursor().positions());
        });
        Map<String, Long> after = counts.requests().getOrDefault(forge, Map.of());
        return new HarvestCost(delta(after, before, "200"), delta(after, before, "304"), sum(after) - sum(before),
                written[0], (System.nanoTime() - start) / 1_000_000);
    }

    /** Prints the facts of the run, then the table bench/README.md records. */
    static void print(List<String> facts, Map<String, HarvestCost> harvests) {
        System.out.println();
        facts.forEach(System.out::println);
        System.out.println("| harvest | requests | 200 | 304 | events written | wall ms |");
        System.out.println("|---|---|---|---|---|---|");
        harvests.forEach((name, cost) -> System.out.println(cost.row(name)));
    }

    /** Σ ceil(items/100) over lists of these sizes, a list that is empty still costing its one request. */
    static long pages(Iterable<Integer> sizes) {
        long pages = 0;
        for (int size : sizes) {
            pages += Math.max(1, (size + 99) / 100);
        }
        return pages;
    }

    private static long delta(Map<String, Long> after, Map<String, Long> before, String status) {
        return after.getOrDefault(status, 0L) - before.getOrDefault(status, 0L);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** What one harvest cost: requests by answer, events handed to the store, wall time. */
    record HarvestCost(long ok, long notModified, long total, int written, long millis) {
        String row(String name) {
            return "| " + name + " | " + total + " | " + ok + " | " + notModified + " | " + written + " | " + millis + " |";
        }
    }
}
