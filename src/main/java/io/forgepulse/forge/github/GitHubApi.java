package io.forgepulse.forge.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.http.ForgeDialect;
import io.forgepulse.forge.http.Paging;
import io.forgepulse.forge.http.RestClient;
import io.forgepulse.forge.http.RunTag;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * GitHub's REST API on the shared core ({@link RestClient}: conditional GETs, paging by {@code Link}, failed pages
 * dropped from the cache), and its GraphQL endpoint beside it.
 */
final class GitHubApi {

    private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");

    /** GitHub's media type, API version and bearer token; {@code Link} paging; sentences naming the token variable. */
    static final ForgeDialect DIALECT = new ForgeDialect() {
        @Override
        public String name() {
            return "GitHub";
        }

        @Override
        public void authorize(Request.Builder request, String token) {
            request.header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", "2022-11-28");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
        }

        @Override
        public Paging paging() {
            return Paging.LINK;
        }

        @Override
        public String failure(String what, int code) {
            return GitHubApi.failure(what, code);
        }
    };

    private final RestClient rest;
    private final HttpUrl graphQl;
    private final ObjectMapper json = new ObjectMapper();

    GitHubApi(okhttp3.OkHttpClient client, String apiUrl) {
        this.rest = new RestClient(client, apiUrl, DIALECT);
        HttpUrl parsed = rest.home();
        // GitHub Enterprise Server serves REST under /api/v3 and GraphQL under /api/graphql; github.com under the root.
        String path = parsed.encodedPath();
        this.graphQl = path.endsWith("/api/v3/")
                ? parsed.newBuilder().encodedPath(path.substring(0, path.length() - "v3/".length()) + "graphql").build()
                : parsed.resolve("graphql");
    }

    RestClient rest() {
        return rest;
    }

    /** The REST API root; its host is the only one requests (and tokens) go to. */
    HttpUrl home() {
        return rest.home();
    }

    /**
     * One GraphQL query. A POST is never cached (nor charged as a 304 could be), so callers ask only for what changed.
     * GraphQL answers errors with a 200; those whose path names an item that does not exist are left to the caller
     * (its field is null), any other error fails the request.
     */
    JsonNode graphQl(String query, Map<String, Object> variables, RunTag tag, String token) throws ForgeException {
        String body;
        try {
            body = json.writeValueAsString(Map.of("query", query, "variables", variables));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Request.Builder request = new Request.Builder().url(graphQl).post(RequestBody.create(body, JSON_BODY))
                .tag(RunTag.class, tag);
        DIALECT.authorize(request, token);
        try (Response response = rest.client().newCall(request.build()).execute()) {
            String answer = response.body().string();
            if (!response.isSuccessful()) {
                throw new ForgeException(failure("POST /graphql", response.code()));
            }
            JsonNode node = rest.parse("/graphql", answer);
            for (JsonNode error : node.path("errors")) {
                if (!"NOT_FOUND".equals(error.path("type").asText())) {
                    throw new ForgeException("GitHub GraphQL refused the query: " + error.path("message").asText());
                }
            }
            if (!node.path("data").isObject()) {
                throw new ForgeException("GitHub GraphQL answered without data");
            }
            return node.get("data");
        } catch (IOException e) {
            throw new ForgeException("GitHub request POST /graphql failed: " + e.getMessage(), e);
        }
    }

    /** A sentence for a failed answer, shared with hub4j's failures ({@link HubRepository}). */
    static String failure(String what, int code) {
        return ForgeDialect.failure("GitHub", "FORGEPULSE_GITHUB_TOKEN", what, code);
    }
}
