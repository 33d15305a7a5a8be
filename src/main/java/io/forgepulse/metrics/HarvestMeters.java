package io.forgepulse.metrics;

import io.forgepulse.domain.ProjectId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Operation metrics of the harvest pipeline: runs by outcome, durations, and the last success per project. */
@ApplicationScoped
public class HarvestMeters {

    /** The outcomes {@code forgepulse_harvest_runs_total} counts. */
    private static final List<String> COUNTED_OUTCOMES = List.of("success", "failure", "stopped");

    private final MeterRegistry registry;
    private final Map<ProjectId, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    @Inject
    public HarvestMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void recordRun(ProjectId project, String outcome, Duration duration, Instant finishedAt) {
        // Every counted outcome's series exists (at 0) from a project's first run on, so an increase over one outcome
        // is 0 rather than absent: the alerts on stopped or failed runs evaluate on data, not on a missing series.
        for (String counted : COUNTED_OUTCOMES) {
            registry.counter("forgepulse.harvest.runs", "project", project.value(), "outcome", counted);
        }
        registry.counter("forgepulse.harvest.runs", "project", project.value(), "outcome", outcome).increment();
        Timer.builder("forgepulse.harvest.duration").tag("project", project.value()).register(registry).record(duration);
        if ("success".equals(outcome)) {
            lastSuccess(project, finishedAt);
        }
    }

    /** Removes the project's harvest meters (its score gauges are {@link ProjectMeters}'). */
    public void remove(ProjectId project) {
        lastSuccess.remove(project);
        registry.getMeters().stream()
                .filter(m -> m.getId().getName().startsWith("forgepulse.harvest.")
                        || m.getId().getName().startsWith("forgepulse.last.harvest."))
                .filter(m -> project.value().equals(m.getId().getTag("project")))
                .toList()
                .forEach(registry::remove);
    }

    /** Sets the last successful harvest, also at start-up from the stored runs. */
    public void lastSuccess(ProjectId project, Instant at) {
        lastSuccess.computeIfAbsent(project, id -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder("forgepulse.last.harvest.success.timestamp.seconds", holder, AtomicLong::get)
                    .tag("project", id.value()).strongReference(true).register(registry);
            return holder;
        }).set(at.getEpochSecond());
    }
}
