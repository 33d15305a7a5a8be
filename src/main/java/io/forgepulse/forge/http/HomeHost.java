package io.forgepulse.forge.http;

import java.io.IOException;
import java.util.List;
import okhttp3.Cache;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps every forge request on its forge's API host ({@link RunTag#home()}), the only host its token belongs to:
 * <ul>
 *   <li>a request to another host is refused before anything is sent (hub4j follows {@code Link} headers itself);</li>
 *   <li>an answer whose {@code Link} header names another host is refused, and dropped from the cache: kept, its
 *       headers would come back merged into every later 304;</li>
 *   <li>a redirect is followed only to the same host and only for GET and HEAD (never a POST re-posted), at most
 *       {@value #MAX_REDIRECTS} times. OkHttp's own redirects are off: they take bodies from any host.</li>
 * </ul>
 * The outermost interceptor of the shared client, so nothing it refuses is retried. A refusal is a
 * {@link HarvestStopped}: retrying cannot make another host the right one.
 */
final class HomeHost implements Interceptor {

    static final int MAX_REDIRECTS = 5;

    private final Cache cache;

    HomeHost(Cache cache) {
        this.cache = cache;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        RunTag tag = request.tag(RunTag.class);
        if (tag == null) {
            throw new HarvestStopped("a forge request without its run (and so without its API host) is refused: "
                    + request.url().host());
        }
        for (int redirects = 0; ; redirects++) {
            if (!tag.isHome(request.url())) {
                throw new HarvestStopped("refused to send a request to " + origin(request.url()) + ": " + tag.forge()
                        + " requests go to " + origin(tag.home()) + " only, the host of the configured API URL");
            }
            Response response = chain.proceed(request);
            String link = offHostLink(tag, response);
            if (link != null) {
                refuse(response, "answered " + path(request.url()) + " with a Link header to " + link);
            }
            if (!response.isRedirect()) {
                return response;
            }
            String location = response.header("Location");
            HttpUrl target = location == null ? null : request.url().resolve(location);
            if (target == null || !tag.isHome(target)) {
                refuse(response, "redirected " + path(request.url()) + " to "
                        + (target == null ? "an unreadable location" : origin(target)));
            }
            if (!"GET".equals(request.method()) && !"HEAD".equals(request.method())) {
                refuse(response, "redirected a " + request.method() + " of " + path(request.url())
                        + " (a request with a body is never sent twice)");
            }
            if (redirects == MAX_REDIRECTS) {
                refuse(response, "redirected " + path(request.url()) + " more than " + MAX_REDIRECTS + " times");
            }
            response.close();
            request = request.newBuilder().url(target).build();
        }
    }

    private void refuse(Response response, String what) throws HarvestStopped {
        response.close();
        // Closing may still complete the cache's copy of a small body; drop it so no later run is handed it.
        CachedAnswers.forget(cache, List.of(response.request().url().toString()));
        RunTag tag = response.request().tag(RunTag.class);
        throw new HarvestStopped(origin(response.request().url()) + " " + what + "; refused, because " + tag.forge()
                + " requests (and their token) go to " + origin(tag.home()) + " only");
    }

    /** The first URL of the answer's {@code Link} headers that is not on the API's host, as its origin; or null. */
    private static String offHostLink(RunTag tag, Response response) {
        for (String header : response.headers("Link")) {
            for (String link : LinkHeader.urls(header)) {
                HttpUrl url = response.request().url().resolve(link);
                if (url == null || !tag.isHome(url)) {
                    return url == null ? "an unreadable URL" : origin(url);
                }
            }
        }
        return null;
    }

    /** scheme://host:port, never a path or query: what a message may say of a URL it refuses. */
    private static String origin(HttpUrl url) {
        return url.scheme() + "://" + url.host() + ":" + url.port();
    }

    private static String path(HttpUrl url) {
        return url.encodedPath();
    }
}
