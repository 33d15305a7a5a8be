package io.forgepulse.forge.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every request that reached the network, by forge and status ("304" apart from "200"), and the last rate-limit
 * remainder each forge announced. Read as plain maps, so metrics can publish them without knowing OkHttp.
 */
public final class RequestCounts {

    private final Map<String, Map<String, LongAdder>> byForge = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> remaining = new ConcurrentHashMap<>();

    void count(String forge, String status) {
        byForge.computeIfAbsent(forge, f -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    void remaining(String forge, long value) {
        remaining.computeIfAbsent(forge, f -> new AtomicLong()).set(value);
    }

    /** Requests so far by forge, then status ("200", "304", "500", "error" for no answer at all). */
    public Map<String, Map<String, Long>> requests() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        byForge.forEach((forge, statuses) -> {
            Map<String, Long> counts = new TreeMap<>();
            statuses.forEach((status, n) -> counts.put(status, n.sum()));
            copy.put(forge, counts);
        });
        return copy;
    }

    /** The last {@code X-RateLimit-Remaining} seen per forge. */
    public Map<String, Long> rateLimitRemaining() {
        Map<String, Long> copy = new TreeMap<>();
        remaining.forEach((forge, value) -> copy.put(forge, value.get()));
        return copy;
    }

    /** Requests of one forge, all statuses together. */
    public long total(String forge) {
        return requests().getOrDefault(forge, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }
}
