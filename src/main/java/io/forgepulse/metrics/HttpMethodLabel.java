package io.forgepulse.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Keeps the {@code method} label of the HTTP server meters bounded: anyone may send {@code M1234 /} and Vert.x
 * passes any token on as the method, so a method outside the standard ones is counted as {@code OTHER} instead of
 * creating a series of its own. (The {@code uri} label is bounded by Quarkus: unmatched paths are {@code NOT_FOUND},
 * project paths are templated by {@code quarkus.micrometer.binder.http-server.match-patterns}.)
 */
@Singleton
class HttpMethodLabel {

    static final String OTHER = "OTHER";
    private static final Set<String> STANDARD = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS",
            "TRACE", "PATCH");

    @Produces
    @Singleton
    MeterFilter boundedMethods() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String method = id.getTag("method");
                if (!id.getName().startsWith("http.server") || method == null || STANDARD.contains(method)) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream()
                        .map(t -> t.getKey().equals("method") ? Tag.of("method", OTHER) : t).toList());
            }
        };
    }
}
