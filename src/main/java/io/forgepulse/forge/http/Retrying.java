package io.forgepulse.forge.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Application interceptor that makes transient failures invisible to connectors: 5xx answers, timeouts and reset
 * connections are retried with jittered exponential backoff, and rate-limit answers (429, or 403 when the forge says
 * it is a limit) wait as long as {@code Retry-After} or the reset of either header family ({@code X-RateLimit-Reset},
 * {@code RateLimit-Reset}) ask, up to a bound. Every attempt is
 * bounded, so a harvest never hangs: past the bound the run stops with {@link HarvestStopped}.
 */
final class Retrying implements Interceptor {

    /** GitHub asks for "at least one minute" when a secondary limit names no time. */
    private static final Duration UNNAMED_LIMIT_WAIT = Duration.ofMinutes(1);

    private final HttpPolicy policy;

    Retrying(HttpPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        int attempt = 0;
        Integer lastStatus = null; // the last answer's status, so a failure after it can name it
        boolean answered = false; // the previous attempt got a 5xx answer
        while (true) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (HarvestStopped e) {
                throw e;
            } catch (IOException e) {
                if (chain.call().isCanceled()) {
                    throw e;
                }
                if (answered) {
                    // A server (HTTP/1.0, some proxies) may close the connection it sent a 5xx on without saying so:
                    // the retry then fails at once on that dead pooled connection. That failure is the previous
                    // answer's, not a new one, so it costs no retry; OkHttp has dropped the connection by now.
                    answered = false;
                    continue;
                }
                if (attempt >= policy.retries()) {
                    throw lastStatus == null ? e
                            : new IOException("HTTP " + lastStatus + " from " + request.url().host() + ", then "
                                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
                }
                pause(backoff(attempt++));
                continue;
            }
            answered = false;
            Duration limitWait = rateLimitWait(response);
            if (limitWait != null) {
                if (limitWait.compareTo(policy.maxWait()) > 0 || attempt >= policy.retries()) {
                    response.close();
                    throw HarvestStopped.resumable("rate limited by " + request.url().host() + " (HTTP " + response.code()
                            + "), which asks to wait " + limitWait.toSeconds() + " s; the run stops and resumes from its"
                            + " stored cursor at the next harvest");
                }
                response.close();
                attempt++;
                pause(limitWait);
                continue;
            }
            if (response.code() >= 500 && attempt < policy.retries()) {
                lastStatus = response.code();
                answered = true;
                response.close();
                pause(backoff(attempt++));
                continue;
            }
            return response;
        }
    }

    /** How long the forge asks to wait, or null when the answer is not a rate limit. */
    private static Duration rateLimitWait(Response response) throws IOException {
        int code = response.code();
        if (code != 429 && code != 403) {
            return null;
        }
        String retryAfter = response.header("Retry-After");
        if (retryAfter != null && retryAfter.trim().matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        }
        Long remaining = RateLimitRemaining.header(response, "Remaining");
        Long reset = RateLimitRemaining.header(response, "Reset");
        if (remaining != null && remaining == 0 && reset != null) {
            long seconds = reset - System.currentTimeMillis() / 1000;
            return Duration.ofSeconds(Math.max(0, seconds));
        }
        if (code == 429 || response.peekBody(4096).string().toLowerCase(Locale.ROOT).contains("rate limit")) {
            return UNNAMED_LIMIT_WAIT;
        }
        return null; // a plain 403: no permission, which waiting does not fix
    }

    /** Full jitter: a random delay up to base * 2^attempt, never beyond the maximum wait. */
    private Duration backoff(int attempt) {
        long ceiling = Math.min(policy.maxWait().toMillis(), policy.backoff().toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, Math.max(ceiling, 1) + 1));
    }

    private static void pause(Duration wait) throws IOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
