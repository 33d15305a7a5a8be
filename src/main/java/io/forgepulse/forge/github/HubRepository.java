package io.forgepulse.forge.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.http.CachedAnswers;
import io.forgepulse.forge.http.HarvestStopped;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import okhttp3.OkHttpClient;
import org.kohsuke.github.GHException;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.HttpException;
import org.kohsuke.github.extras.okhttp3.OkHttpGitHubConnector;

/**
 * One harvest run's hub4j view of a repository: a {@link GitHub} over the run's client ({@link RunClient}) and the
 * repository read once ({@code GET /repos/owner/name}, conditional like every request through the shared cache).
 * Every hub4j call goes through {@link #read}, which turns hub4j's failures into {@link ForgeException}s a person can
 * act on, and lets a run stopped by the shared client (budget spent, rate limit beyond the wait bound) surface as
 * exactly that instead of as hub4j's wrapping of it.
 */
final class HubRepository {

    /** A hub4j call; paging iterators throw {@link GHException} around the {@link IOException}, both are handled. */
    @FunctionalInterface
    interface HubCall<T> {
        T call() throws IOException;
    }

    private final RunClient run;
    private final String apiUrl;
    private final GHRepository repository;

    private HubRepository(RunClient run, String apiUrl, GHRepository repository) {
        this.run = run;
        this.apiUrl = apiUrl;
        this.repository = repository;
    }

    /** Connects hub4j for this run and reads the repository. */
    static HubRepository open(OkHttpClient shared, String apiUrl, Session session) throws ForgeException {
        RunClient run = new RunClient(shared, session.tag());
        GitHubBuilder builder = new GitHubBuilder().withEndpoint(apiUrl)
                .withConnector(new OkHttpGitHubConnector(run.client()))
                // The shared client already waited for a limit as long as allowed: hub4j must fail, not sleep again.
                .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
                .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL);
        if (session.token() != null) {
            // "Bearer" as GitHubApi sends it: GitHub answers Vary: Authorization, so both paths revalidate the same
            // cached copy of /repos/owner/name. (withOAuthToken would also cost a GET /user for the login.)
            String authorization = "Bearer " + session.token();
            builder.withAuthorizationProvider(() -> authorization);
        }
        String what = "GET /repos/" + session.repoPath();
        GitHub github = read(run, apiUrl, what, builder::build);
        return new HubRepository(run, apiUrl, read(run, apiUrl, what, () -> github.getRepository(session.repoPath())));
    }

    GHRepository repository() {
        return repository;
    }

    RunClient run() {
        return run;
    }

    /**
     * Runs one hub4j call; {@code what} names it in a failure when hub4j does not say which URL failed. When the call
     * fails, the pages it was answered with content, and the page that failed, are dropped from the cache: none of
     * them was stored, and a bad answer kept there would fail every later run the same way.
     */
    <T> T read(String what, HubCall<T> call) throws ForgeException {
        return read(run, apiUrl, what, call);
    }

    private static <T> T read(RunClient run, String apiUrl, String what, HubCall<T> call) throws ForgeException {
        int before = run.freshCount();
        try {
            return translated(apiUrl, what, call);
        } catch (ForgeException e) {
            List<String> unused = new ArrayList<>(run.freshSince(before));
            HttpException http = cause(e, HttpException.class);
            if (http != null && http.getUrl() != null) {
                unused.add(http.getUrl());
            }
            CachedAnswers.forget(run.client().cache(), unused);
            throw e;
        }
    }

    private static <T> T translated(String apiUrl, String what, HubCall<T> call) throws ForgeException {
        try {
            return call.call();
        } catch (IOException e) {
            throw failure(apiUrl, what, e);
        } catch (GHException e) {
            if (e.getCause() instanceof IOException io) {
                throw failure(apiUrl, what, io);
            }
            throw new ForgeException("GitHub request " + what + " failed: " + e.getMessage(), e);
        }
    }

    private static ForgeException failure(String apiUrl, String what, IOException e) {
        String request = request(apiUrl, what, e);
        HarvestStopped stopped = cause(e, HarvestStopped.class);
        if (stopped != null) {
            return new ForgeException("GitHub request " + request + " stopped: " + stopped.getMessage(), stopped);
        }
        if (cause(e, JsonProcessingException.class) != null) {
            return new ForgeException("GitHub answered " + request + " with malformed JSON; nothing of it was stored,"
                    + " it is read again at the next harvest", e);
        }
        if (cause(e, FileNotFoundException.class) != null) {
            return new ForgeException(GitHubApi.failure(request, 404), e);
        }
        HttpException http = cause(e, HttpException.class);
        if (http != null && http.getResponseCode() >= 400) {
            return new ForgeException(GitHubApi.failure(request, http.getResponseCode()), e);
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        // hub4j's messages carry URLs and GitHub's error body, never request headers: no token can be in them.
        return new ForgeException("GitHub request " + request + " failed: " + root.getMessage(), e);
    }

    /** "GET /path?query" of the URL hub4j names, relative to the API URL, else {@code what}. */
    private static String request(String apiUrl, String what, IOException e) {
        HttpException http = cause(e, HttpException.class);
        String url = http == null ? null : http.getUrl();
        if (url == null) {
            return what;
        }
        String root = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        return "GET " + (url.startsWith(root) ? url.substring(root.length()) : url);
    }

    private static <C extends Throwable> C cause(Throwable e, Class<C> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** hub4j's dates are instants; GitHub's REST answers give them in UTC anyway. */
    static OffsetDateTime utc(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    /** Drops cached pages whose content was not stored, so the next run does not take a 304 for "nothing new". */
    void forget(List<String> urls) {
        CachedAnswers.forget(run.client().cache(), urls);
    }
}
