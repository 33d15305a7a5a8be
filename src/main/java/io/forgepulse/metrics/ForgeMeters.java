package io.forgepulse.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Forge traffic: {@code forgepulse_forge_requests_total{forge,status}} (304s apart, so conditional requests show)
 * and {@code forgepulse_forge_rate_limit_remaining{forge}}. The pipeline hands over plain totals after each harvest;
 * meters read them from memory. Labels stay bounded: a handful of forges times the HTTP statuses they answer.
 */
@ApplicationScoped
public class ForgeMeters {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> remaining = new ConcurrentHashMap<>();

    @Inject
    public ForgeMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param requestTotals requests since start by forge, then status
     * @param rateLimitRemaining the last remainder each forge announced
     */
    public void publish(Map<String, Map<String, Long>> requestTotals, Map<String, Long> rateLimitRemaining) {
        requestTotals.forEach((forge, statuses) -> statuses.forEach((status, total) ->
                requests.computeIfAbsent(forge + " " + status, key -> {
                    AtomicLong holder = new AtomicLong();
                    FunctionCounter.builder("forgepulse.forge.requests", holder, AtomicLong::get)
                            .tag("forge", forge).tag("status", status).register(registry);
                    return holder;
                }).set(total)));
        rateLimitRemaining.forEach((forge, value) -> remaining.computeIfAbsent(forge, key -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder("forgepulse.forge.rate.limit.remaining", holder, AtomicLong::get)
                    .tag("forge", forge).strongReference(true).register(registry);
            return holder;
        }).set(value));
    }
}
