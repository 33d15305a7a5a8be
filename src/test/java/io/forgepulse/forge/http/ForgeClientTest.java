package io.forgepulse.forge.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.testing.SecretScan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared forge client against a forge on localhost and a stranger on 127.0.0.2: where a token may go, what the
 * cache keeps, how big an answer may be, and retries over connections the server closes.
 */
class ForgeClientTest {

    private static final String TOKEN = "ghp_secretTokenThatMustStayHome";

    @TempDir
    Path temp;

    private WireMockServer forge;
    private WireMockServer stranger;
    private RequestCounts counts;
    private OkHttpClient client;

    @BeforeEach
    void start() throws IOException {
        forge = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        forge.start();
        stranger = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.2"));
        stranger.start();
        stranger.stubFor(get(urlPathEqualTo("/stolen")).willReturn(aResponse().withStatus(200).withBody("[]")));
        counts = new RequestCounts();
        client = client(1_000_000);
    }

    @AfterEach
    void stop() {
        forge.stop();
        stranger.stop();
    }

    private OkHttpClient client(long maxAnswerBytes) {
        return ForgeClient.create(new HttpPolicy(temp.resolve("http-cache"), 10_000_000, 3, Duration.ofMillis(1),
                Duration.ofMillis(100), Duration.ofSeconds(5), maxAnswerBytes), counts);
    }

    private String home() {
        return "http://127.0.0.1:" + forge.port() + "/";
    }

    private String strangerUrl() {
        return "http://127.0.0.2:" + stranger.port() + "/stolen";
    }

    private Request.Builder request(String url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + TOKEN)
                .tag(RunTag.class, new RunTag("github", new RequestBudget(100), HttpUrl.get(home())));
    }

    private String fetch(String path) throws IOException {
        try (Response response = client.newCall(request(home() + path.substring(1)).build()).execute()) {
            return response.code() + " " + response.body().string();
        }
    }

    @Test
    void aRequestToAnotherHostIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.newCall(request(strangerUrl()).build()).execute())
                .isInstanceOf(HarvestStopped.class).hasMessageContaining("127.0.0.2")
                .hasMessageNotContaining(TOKEN);
        assertThat(stranger.getAllServeEvents()).isEmpty();
    }

    @Test
    void anAnswerLinkingToAnotherHostIsRefusedAndNotKeptInTheCache() throws IOException {
        forge.stubFor(get(urlPathEqualTo("/list")).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"1\"")
                .withHeader("Link", "<" + strangerUrl() + "?page=2>; rel=\"next\"").withBody("[1]")));

        assertThatThrownBy(() -> fetch("/list")).isInstanceOf(HarvestStopped.class)
                .hasMessageContaining("Link header to http://127.0.0.2:" + stranger.port());
        assertThat(client.cache().urls()).toIterable().isEmpty();

        // Once the forge answers properly again, the next request reads it afresh (no replay of the refused answer).
        forge.stubFor(get(urlPathEqualTo("/list")).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"1\"")
                .withBody("[1]")));
        assertThat(fetch("/list")).isEqualTo("200 [1]");
        assertThat(stranger.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowed() {
        forge.stubFor(get(urlPathEqualTo("/moved")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", strangerUrl())));

        assertThatThrownBy(() -> fetch("/moved")).isInstanceOf(HarvestStopped.class)
                .hasMessageContaining("redirected /moved to http://127.0.0.2");
        assertThat(stranger.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRedirectOnTheSameHostIsFollowedForAGet() throws IOException {
        // GitHub answers a renamed repository with a 301 to /repositories/{id}.
        forge.stubFor(get(urlPathEqualTo("/repos/old/name")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", home() + "repositories/42")));
        forge.stubFor(get(urlPathEqualTo("/repositories/42")).willReturn(aResponse().withStatus(200).withBody("{}")));

        assertThat(fetch("/repos/old/name")).isEqualTo("200 {}");
    }

    @Test
    void aPostIsNeverSentAgainAtARedirect() {
        forge.stubFor(post(urlPathEqualTo("/graphql")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", home() + "elsewhere")));
        Request query = request(home() + "graphql")
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();

        assertThatThrownBy(() -> client.newCall(query).execute()).isInstanceOf(HarvestStopped.class)
                .hasMessageContaining("POST");
        assertThat(forge.countRequestsMatching(com.github.tomakehurst.wiremock.matching.RequestPattern.everything())
                .getCount()).isEqualTo(1);
    }

    @Test
    void theCacheOnDiskHoldsNoTokenAndStillAnswers304PerToken() throws IOException {
        forge.stubFor(get(urlPathEqualTo("/repo")).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"e\"")
                .withHeader("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP").withBody("{\"id\":1}")));
        forge.stubFor(get(urlPathEqualTo("/repo")).atPriority(1)
                .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"e\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"e\"")
                        .withHeader("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP")));

        assertThat(fetch("/repo")).isEqualTo("200 {\"id\":1}");
        assertThat(fetch("/repo")).isEqualTo("200 {\"id\":1}");
        client.cache().flush();

        assertThat(counts.requests().get("github")).containsEntry("304", 1L);
        assertThat(SecretScan.filesHolding(temp, TOKEN)).isEmpty();
    }

    @Test
    void cacheFilesAreOwnerOnlyWhateverTheUmask() throws IOException {
        forge.stubFor(get(urlPathEqualTo("/repo")).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"e\"")
                .withBody("{\"id\":1}")));
        fetch("/repo");
        client.cache().flush();

        try (Stream<Path> files = Files.walk(temp.resolve("http-cache"))) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(
                    java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo(Files.isDirectory(file) ? "rwx------" : "rw-------"));
        }
    }

    @Test
    void aCacheWrittenWithTokensIsEmptiedWhenTheClientStarts() throws IOException {
        Path cache = Files.createDirectories(temp.resolve("http-cache"));
        Files.writeString(cache.resolve("0123.0"), "http://x/\nGET\n1\nAuthorization: Bearer " + TOKEN + "\n");
        Files.writeString(cache.resolve("journal"), "libcore.io.DiskLruCache\n");

        client(1_000_000);

        assertThat(SecretScan.filesHolding(temp, TOKEN)).isEmpty();
        // Checked once: later starts find the marker and do not read every entry again.
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(cache.resolve(CredentialKey.CHECKED_MARKER)))).isEqualTo("rw-------");
    }

    @Test
    void anAnswerLargerThanTheBoundFailsWithASentenceAndIsNotCached() throws IOException {
        String big = "[" + "1,".repeat(600_000) + "1]";
        forge.stubFor(get(urlPathEqualTo("/huge")).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"h\"")
                .withBody(big)));
        client = client(100_000);

        assertThatThrownBy(() -> fetch("/huge")).isInstanceOf(HarvestStopped.class)
                .hasMessageContaining("over the bound of 100000 bytes");
        assertThat(client.cache().urls()).toIterable().isEmpty();
    }

    @Test
    void anAnswerWithADeclaredLengthOverTheBoundIsRefusedBeforeItsBodyIsRead() {
        forge.stubFor(get(urlPathEqualTo("/declared")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", "200000").withBody("x".repeat(200_000))));
        client = client(100_000);

        // Uncompressed, so the length is declared (a gzipped answer has none and is bounded as it is read).
        assertThatThrownBy(() -> client.newCall(request(home() + "declared").header("Accept-Encoding", "identity")
                .build()).execute()).isInstanceOf(HarvestStopped.class)
                .hasMessageContaining("200000 bytes");
    }

    @Test
    void retriesSurviveAServerThatClosesTheConnectionAfterEach5xx() throws Exception {
        try (ClosingServer server = new ClosingServer(2)) {
            String url = "http://127.0.0.1:" + server.port() + "/list";
            Request request = new Request.Builder().url(url)
                    .tag(RunTag.class, new RunTag("github", new RequestBudget(100), HttpUrl.get(url))).build();
            try (Response response = client.newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.body().string()).isEqualTo("[]");
            }
            assertThat(server.requests.get()).isEqualTo(3);
        }
    }

    @Test
    void whenRetriesAreSpentTheAnswerIsTheServersStatus() throws Exception {
        try (ClosingServer server = new ClosingServer(100)) {
            String url = "http://127.0.0.1:" + server.port() + "/list";
            Request request = new Request.Builder().url(url)
                    .tag(RunTag.class, new RunTag("github", new RequestBudget(100), HttpUrl.get(url))).build();
            try (Response response = client.newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(502);
            }
            assertThat(server.requests.get()).isEqualTo(4); // the first try and 3 retries, each answered
        }
    }

    @Test
    void gitLabsRateLimitHeadersAreReadLikeGitHubs() throws IOException {
        // Headers as gitlab.com sent them (danger-js recording of GET /projects/gitlab-org%2Fgitlab-foss/...).
        forge.stubFor(get(urlPathEqualTo("/projects")).willReturn(aResponse().withStatus(200)
                .withHeader("RateLimit-Limit", "600").withHeader("RateLimit-Observed", "1")
                .withHeader("RateLimit-Remaining", "599").withHeader("RateLimit-Reset", "1582652681")
                .withBody("[]")));
        forge.stubFor(get(urlPathEqualTo("/limited")).willReturn(aResponse().withStatus(429)
                .withHeader("RateLimit-Remaining", "0")
                .withHeader("RateLimit-Reset", Long.toString(System.currentTimeMillis() / 1000 + 3600))));

        fetch("/projects");
        assertThat(counts.rateLimitRemaining()).containsEntry("github", 599L);
        assertThatThrownBy(() -> fetch("/limited")).isInstanceOf(HarvestStopped.class)
                .hasMessageContaining("HTTP 429").hasMessageContaining("asks to wait 3");
    }

    /**
     * An HTTP/1.1 server that answers its first {@code failures} requests with a 502 and then closes the connection
     * without saying so (as HTTP/1.0 servers and some proxies do), then answers 200.
     */
    private static final class ClosingServer implements AutoCloseable {

        final AtomicInteger requests = new AtomicInteger();
        private final ServerSocket socket;
        private final Thread thread;

        ClosingServer(int failures) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                                StandardCharsets.ISO_8859_1));
                        String line;
                        while ((line = in.readLine()) != null && !line.isEmpty()) {
                            // the request's headers
                        }
                        OutputStream out = connection.getOutputStream();
                        if (requests.incrementAndGet() <= failures) {
                            out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"
                                    .getBytes(StandardCharsets.ISO_8859_1));
                        } else {
                            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]"
                                    .getBytes(StandardCharsets.ISO_8859_1));
                        }
                        out.flush();
                    } catch (IOException e) {
                        // closed
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
