package io.forgepulse.forge.http;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the shared forge client behaves; plain values so the forge layer needs no configuration framework.
 *
 * @param cacheDir where responses are cached for conditional requests ({@code <data-dir>/http-cache})
 * @param cacheBytes the cache's size bound
 * @param retries attempts after the first for 5xx answers, timeouts and reset connections
 * @param backoff the first retry's base delay; it doubles per attempt, with full jitter
 * @param maxWait the longest a rate-limited request waits (Retry-After / X-RateLimit-Reset); beyond it the run fails
 * @param timeout connect and read timeout of one request
 * @param maxAnswerBytes the largest answer body a request may bring (decompressed); a larger one fails the run
 */
public record HttpPolicy(Path cacheDir, long cacheBytes, int retries, Duration backoff, Duration maxWait, Duration timeout,
        long maxAnswerBytes) {
}
