package io.forgepulse.forge.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.forge.ForgeException;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a {@link RestClient} answer tells its reader beyond the body. */
class RestClientTest {

    @TempDir
    Path temp;

    private WireMockServer forge;
    private RestClient client;

    @BeforeEach
    void start() {
        forge = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        forge.start();
        ForgeDialect dialect = new ForgeDialect() {
            @Override
            public String name() {
                return "Forge";
            }

            @Override
            public void authorize(Request.Builder request, String token) {
            }

            @Override
            public Paging paging() {
                return Paging.NEXT_PAGE_HEADER;
            }

            @Override
            public String failure(String what, int code) {
                return what + " " + code;
            }
        };
        client = new RestClient(ForgeClient.create(new HttpPolicy(temp.resolve("http-cache"), 1_000_000, 0,
                Duration.ofMillis(1), Duration.ofMillis(100), Duration.ofSeconds(5), 1_000_000), new RequestCounts()),
                "http://127.0.0.1:" + forge.port() + "/api/v4", dialect);
    }

    @AfterEach
    void stop() {
        forge.stop();
    }

    @Test
    void anAnswerSaysWhetherItWasA304ForTheCachedCopy() throws ForgeException {
        forge.stubFor(get(urlPathEqualTo("/api/v4/projects/a%2Fb/releases")).willReturn(aResponse().withStatus(200)
                .withHeader("Etag", "W/\"e\"").withHeader("Cache-Control", "max-age=0, private, must-revalidate")
                .withBody("[{\"tag_name\":\"v1\"}]")));
        forge.stubFor(get(urlPathEqualTo("/api/v4/projects/a%2Fb/releases")).atPriority(1)
                .withHeader("If-None-Match", equalTo("W/\"e\"")).willReturn(aResponse().withStatus(304)
                        .withHeader("Etag", "W/\"e\"")));
        RunTag tag = new RunTag("forge", new RequestBudget(10), client.home());

        RestClient.Answer first = client.get("/projects/a%2Fb/releases", tag, null);
        RestClient.Answer second = client.get("/projects/a%2Fb/releases", tag, null);

        assertThat(first.unchanged()).isFalse();
        assertThat(second.unchanged()).isTrue();
        assertThat(second.body().get(0).path("tag_name").asText()).isEqualTo("v1"); // the cached copy
    }
}
