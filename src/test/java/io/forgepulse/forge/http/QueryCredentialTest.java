package io.forgepulse.forge.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.testing.SecretScan;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A token in the query string is on the wire only: the caller, the cache and the paging links never see it. */
class QueryCredentialTest {

    private static final String TOKEN = "query-token-9a7e";

    @TempDir
    Path temp;

    private WireMockServer server;
    private OkHttpClient client;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        client = ForgeClient.create(new HttpPolicy(temp.resolve("http-cache"), 1_000_000, 0, Duration.ofMillis(1),
                Duration.ofMillis(10), Duration.ofSeconds(5), 1_000_000), new RequestCounts());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private Response send(String path) throws Exception {
        HttpUrl home = HttpUrl.get(server.baseUrl() + "/api/v5/");
        Request.Builder request = new Request.Builder().url(home.resolve(path))
                .tag(RunTag.class, new RunTag("gitee", new RequestBudget(10), home));
        QueryCredential.attach(request, "access_token", TOKEN);
        return client.newCall(request.build()).execute();
    }

    @Test
    void theForgeGetsTheTokenAndNothingElseDoes() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v5/repos/o/n/issues")).withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(aResponse().withHeader("ETag", "W/\"1\"").withHeader("total_page", "2").withBody("[]")));

        try (Response response = send("repos/o/n/issues?per_page=100")) {
            response.body().string();
            assertThat(response.request().url().queryParameter("access_token")).isNull();
            assertThat(Paging.TOTAL_PAGE.next(response)).hasToString(server.baseUrl()
                    + "/api/v5/repos/o/n/issues?per_page=100&page=2");
        }
        try (Response again = send("repos/o/n/issues?per_page=100")) {
            again.body().string();
        }

        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v5/repos/o/n/issues"))
                .withQueryParam("access_token", equalTo(TOKEN)));
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v5/repos/o/n/issues"))
                .withHeader("If-None-Match", equalTo("W/\"1\"")));
        assertThat(client.cache().urls().next()).doesNotContain(TOKEN);
        assertThat(SecretScan.filesHolding(temp, TOKEN)).isEmpty();
    }

    @Test
    void aRedirectNamingTheTokenIsFollowedWithoutItInTheUrl() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v5/repos/o/old")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "/api/v5/repos/o/n?access_token=" + TOKEN)));
        server.stubFor(get(urlPathEqualTo("/api/v5/repos/o/n")).withQueryParam("access_token", equalTo(TOKEN))
                .willReturn(aResponse().withBody("{}")));

        try (Response response = send("repos/o/old")) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.request().url().toString()).doesNotContain(TOKEN);
        }
        assertThat(SecretScan.filesHolding(temp, TOKEN)).isEmpty();
    }
}
