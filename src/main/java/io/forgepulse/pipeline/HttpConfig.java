package io.forgepulse.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The shared forge HTTP client (prefix {@code forgepulse.http}). */
@ConfigMapping(prefix = "forgepulse.http")
public interface HttpConfig {

    /** Size bound of the response cache under {@code <data-dir>/http-cache}, in bytes; it makes re-polls conditional. */
    @WithDefault("104857600")
    long cacheBytes();

    /** Attempts after the first for a 5xx answer, a timeout or a reset connection (and for rate-limit waits). */
    @WithDefault("4")
    int retries();

    /** Base delay of the first retry; doubles per attempt, with jitter. */
    @WithDefault("1s")
    Duration backoff();

    /** Longest wait for a rate limit (Retry-After, X-RateLimit-Reset); a longer one fails the run cleanly instead. */
    @WithDefault("5m")
    Duration maxWait();

    /** Connect and read timeout of one request. */
    @WithDefault("30s")
    Duration timeout();

    /**
     * Largest answer body one request may bring, in bytes (decompressed): GitHub's biggest pages (100 issues with long
     * bodies, 100 pulls with their reviews) are a few MB; a larger answer fails the run instead of its memory.
     */
    @WithDefault("67108864")
    long maxAnswerBytes();
}
