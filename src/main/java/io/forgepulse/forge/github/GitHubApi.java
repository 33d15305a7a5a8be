package io.forgepulse.forge.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.http.CachedAnswers;
import io.forgepulse.forge.http.LinkHeader;
import io.forgepulse.forge.http.RateLimitRemaining;
import io.forgepulse.forge.http.RunTag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.CacheControl;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * GitHub REST over the shared client. Every GET is a conditional request: {@code max-age=0} makes OkHttp
 * revalidate its cached copy with {@code If-None-Match}, and GitHub does not charge an authorized 304.
 * Paths are kept relative to the API URL, so cursors survive a change of Enterprise host name.
 */
final class GitHubApi {

    private static final CacheControl REVALIDATE = new CacheControl.Builder().maxAge(0, TimeUnit.SECONDS).build();

    private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final HttpUrl base;
    private final HttpUrl graphQl;
    private final ObjectMapper json = new ObjectMapper();

    GitHubApi(OkHttpClient client, String apiUrl) {
        this.client = client;
        HttpUrl parsed = HttpUrl.parse(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        if (parsed == null) {
            throw new IllegalArgumentException("forgepulse.github.api-url is not an http(s) URL: " + apiUrl);
        }
        this.base = parsed;
        // GitHub Enterprise Server serves REST under /api/v3 and GraphQL under /api/graphql; github.com under the root.
        String path = parsed.encodedPath();
        this.graphQl = path.endsWith("/api/v3/")
                ? parsed.newBuilder().encodedPath(path.substring(0, path.length() - "v3/".length()) + "graphql").build()
                : parsed.resolve("graphql");
    }

    /** One page of a GET; {@code rateRemaining} the token's REST requests left, when GitHub said. */
    record Page(JsonNode body, String next, Long rateRemaining) {
    }

    /** The REST API root; its host is the only one requests (and tokens) go to. */
    HttpUrl home() {
        return base;
    }

    /**
     * Whether a clone URL from an answer is this GitHub's own: https (or the API's scheme) on the API host, or on the
     * host the API host names with its {@code api.} prefix dropped (api.github.com clones from github.com). Any other
     * clone URL in an answer is not followed: the mirror would fetch from wherever a hostile answer points.
     */
    boolean isOwnCloneUrl(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null || !parsed.scheme().equals(base.scheme()) && !parsed.isHttps()) {
            return false;
        }
        return parsed.host().equals(base.host()) || ("api." + parsed.host()).equals(base.host());
    }

    /**
     * One page of a GET. A page that fails (an error status, a refused link, malformed JSON) is dropped from the cache,
     * so the next run asks GitHub again instead of being handed the same answer.
     */
    Page get(String path, RunTag tag, String token) throws ForgeException {
        Request.Builder request = new Request.Builder().url(resolve(path)).cacheControl(REVALIDATE);
        try (Response response = client.newCall(authorize(request, tag, token).build()).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new ForgeException(failure("GET " + path, response.code()));
            }
            return new Page(parse(path, body), relative(LinkHeader.url(response.header("Link"), "next")),
                    RateLimitRemaining.of(response));
        } catch (IOException e) {
            forget(path);
            throw new ForgeException("GitHub request GET " + path + " failed: " + e.getMessage(), e);
        } catch (ForgeException e) {
            forget(path);
            throw e;
        }
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
        Request.Builder request = new Request.Builder().url(graphQl).post(RequestBody.create(body, JSON_BODY));
        try (Response response = client.newCall(authorize(request, tag, token).build()).execute()) {
            String answer = response.body().string();
            if (!response.isSuccessful()) {
                throw new ForgeException(failure("POST /graphql", response.code()));
            }
            JsonNode node = parse("/graphql", answer);
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

    /**
     * Drops a cached page whose content was not stored, so the next run reads it again instead of being told
     * "304, nothing new" about data it never kept.
     */
    void forget(String path) {
        CachedAnswers.forget(client.cache(), List.of(resolve(path).toString()));
    }

    private static Request.Builder authorize(Request.Builder request, RunTag tag, String token) {
        request.header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .tag(RunTag.class, tag);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private JsonNode parse(String path, String body) throws ForgeException {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new ForgeException("GitHub answered GET " + path + " with an empty body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ForgeException("GitHub answered " + path + " with malformed JSON; the page was not stored and"
                    + " will be read again at the next harvest");
        }
    }

    private HttpUrl resolve(String path) {
        HttpUrl url = base.resolve(path.startsWith("/") ? path.substring(1) : path);
        if (url == null) {
            throw new IllegalArgumentException("not a GitHub API path: " + path);
        }
        return url;
    }

    /** A Link URL as a path under the API URL; links elsewhere are not followed (no redirection off the forge). */
    private String relative(String link) throws ForgeException {
        if (link == null) {
            return null;
        }
        String prefix = base.toString();
        if (!link.startsWith(prefix)) {
            throw new ForgeException("GitHub sent a paging link outside " + prefix + "; refusing to follow it");
        }
        return "/" + link.substring(prefix.length());
    }

    /** A sentence for a failed answer, shared with hub4j's failures ({@link HubRepository}). */
    static String failure(String what, int code) {
        return switch (code) {
            case 401 -> "GitHub refused the token (401) for " + what + ": check FORGEPULSE_GITHUB_TOKEN";
            case 403 -> "GitHub forbids " + what + " (403): the token lacks access";
            case 404 -> "GitHub has no " + what + " (404): check the project id, or the token's access to a private repository";
            default -> "GitHub answered " + what + " with HTTP " + code;
        };
    }
}
