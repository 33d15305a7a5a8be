package io.forgepulse.forge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgepulse.forge.ForgeException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.CacheControl;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One forge's REST API over the shared client. Every GET is a conditional request: {@code max-age=0} makes OkHttp
 * revalidate its cached copy ({@code If-None-Match}, {@code If-Modified-Since}), and a 304 costs the forge's budget
 * nothing on GitHub and little elsewhere. Paths are kept relative to the API URL, so cursors survive a change of host
 * name. A page that fails (an error status, a link the client refuses, malformed JSON, no answer) is dropped from the
 * cache, so the next run asks the forge again instead of being handed the same answer.
 */
public final class RestClient {

    private static final CacheControl REVALIDATE = new CacheControl.Builder().maxAge(0, TimeUnit.SECONDS).build();

    private final OkHttpClient client;
    private final HttpUrl base;
    private final ForgeDialect dialect;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param apiUrl the API root from configuration (its {@code api-url} setting); its host is the only one requests go to
     */
    public RestClient(OkHttpClient client, String apiUrl, ForgeDialect dialect) {
        this.client = client;
        this.dialect = dialect;
        HttpUrl parsed = apiUrl == null ? null : HttpUrl.parse(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        if (parsed == null) {
            throw new IllegalArgumentException("the " + dialect.name() + " API URL is not an http(s) URL: " + apiUrl);
        }
        this.base = parsed;
    }

    /**
     * One answer: its JSON, the path of the next page (relative to the API root) or null, what the forge said is
     * left of the token's request budget (null when it did not say), and whether the forge answered 304 (the body is
     * the cached copy): a list read whole (releases) has changed since the last run only if a page was not; and, on a
     * list page, how many items the whole list holds where the answer says ({@link ListTotal}), else null.
     */
    public record Answer(JsonNode body, String next, Long rateRemaining, boolean unchanged, Integer listTotal) {
    }

    /** The API root; its host is the only one requests (and tokens) go to. */
    public HttpUrl home() {
        return base;
    }


    public ForgeDialect dialect() {
        return dialect;
    }

    public OkHttpClient client() {
        return client;
    }

    public Answer get(String path, RunTag tag, String token) throws ForgeException {
        Request.Builder request = new Request.Builder().url(resolve(path)).cacheControl(REVALIDATE).tag(RunTag.class, tag);
        dialect.authorize(request, token);
        try (Response response = client.newCall(request.build()).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new ForgeException(dialect.failure("GET " + path, response.code()));
            }
            Response network = response.networkResponse();
            JsonNode json = parse("GET " + path, body);
            HttpUrl next = dialect.paging().next(response);
            return new Answer(json, relative(next), RateLimitRemaining.of(response),
                    network != null && network.code() == 304, ListTotal.of(response, json, next));
        } catch (IOException e) {
            forget(path);
            throw new ForgeException(dialect.name() + " request GET " + path + " failed: " + e.getMessage(), e);
        } catch (ForgeException e) {
            forget(path);
            throw e;
        }
    }

    /** Parses an answer's JSON; an empty or malformed body is the forge's fault and fails with a sentence. */
    public JsonNode parse(String what, String body) throws ForgeException {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new ForgeException(dialect.name() + " answered " + what + " with an empty body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ForgeException(dialect.name() + " answered " + what + " with malformed JSON; the page was not"
                    + " stored and will be read again at the next harvest");
        }
    }

    /**
     * Drops a cached page whose content was not stored, so the next run reads it again instead of being told
     * "304, nothing new" about data it never kept.
     */
    public void forget(String path) {
        CachedAnswers.forget(client.cache(), List.of(resolve(path).toString()));
    }

    public HttpUrl resolve(String path) {
        HttpUrl url = base.resolve(path.startsWith("/") ? path.substring(1) : path);
        if (url == null) {
            throw new IllegalArgumentException("not a " + dialect.name() + " API path: " + path);
        }
        return url;
    }

    /** A next-page URL as a path under the API URL; links elsewhere are not followed (no redirection off the forge). */
    private String relative(HttpUrl link) throws ForgeException {
        if (link == null) {
            return null;
        }
        String prefix = base.toString();
        String url = link.toString();
        if (!url.startsWith(prefix)) {
            throw new ForgeException(dialect.name() + " sent a paging link outside " + prefix + "; refusing to follow it");
        }
        return "/" + url.substring(prefix.length());
    }
}
