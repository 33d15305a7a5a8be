package io.forgepulse.metrics;

import io.forgepulse.domain.ProjectId;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Per-project gauges and cumulative counters (DESIGN §6). Each project's meters read one {@link AtomicReference}
 * that the pipeline swaps after a harvest, so a scrape reads memory only and never touches the database.
 * A meter whose figure is null is left out (no data is not zero) and appears once the figure is known.
 */
@ApplicationScoped
public class ProjectMeters {

    private final MeterRegistry registry;
    private final Map<ProjectId, Published> projects = new ConcurrentHashMap<>();

    @Inject
    public ProjectMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Shows these figures from now on. */
    public void publish(ProjectFigures figures) {
        Published published = projects.computeIfAbsent(figures.project(), id -> new Published(new AtomicReference<>(figures)));
        published.current().set(figures);
        registerKnown(published, figures);
    }

    /** Removes every meter of a project that is no longer tracked. */
    public void remove(ProjectId project) {
        Published published = projects.remove(project);
        if (published != null) {
            synchronized (published) {
                published.meters().forEach(registry::remove);
                published.meters().clear();
                published.registered().clear();
            }
        }
    }

    private void registerKnown(Published p, ProjectFigures f) {
        Tags project = Tags.of("project", f.project().value());
        synchronized (p) {
            gauge(p, f.activity(), "forgepulse.score", project.and("score", "activity"), ProjectFigures::activity);
            gauge(p, f.diversity(), "forgepulse.score", project.and("score", "diversity"), ProjectFigures::diversity);
            gauge(p, f.maturity(), "forgepulse.score", project.and("score", "maturity"), ProjectFigures::maturity);
            gauge(p, 0.0, "forgepulse.maturity.level", project, x -> (double) x.maturityLevel());
            counter(p, 0L, "forgepulse.commits", project, x -> x.commits());
            counter(p, f.issuesOpened(), "forgepulse.issues.opened", project, ProjectFigures::issuesOpened);
            counter(p, f.issuesClosed(), "forgepulse.issues.closed", project, ProjectFigures::issuesClosed);
            counter(p, f.prsOpened(), "forgepulse.prs.opened", project, ProjectFigures::prsOpened);
            counter(p, f.prsMerged(), "forgepulse.prs.merged", project, ProjectFigures::prsMerged);
            counter(p, 0L, "forgepulse.releases", project, x -> x.releases());
            gauge(p, f.activeContributors90d(), "forgepulse.active.contributors", project.and("window", "90d"),
                    ProjectFigures::activeContributors90d);
            gauge(p, f.busFactor(), "forgepulse.bus.factor", project, ProjectFigures::busFactor);
            gauge(p, f.elephantFactor(), "forgepulse.elephant.factor", project, ProjectFigures::elephantFactor);
            gauge(p, f.stars() == null ? null : f.stars().doubleValue(), "forgepulse.stars", project,
                    x -> x.stars() == null ? null : x.stars().doubleValue());
            gauge(p, f.lastCommitEpochSeconds(), "forgepulse.last.commit.timestamp.seconds", project,
                    ProjectFigures::lastCommitEpochSeconds);
        }
    }

    private void gauge(Published p, Double known, String name, Tags tags, Function<ProjectFigures, Double> value) {
        if (known == null || !p.registered().add(name + tags)) {
            return;
        }
        ToDoubleFunction<AtomicReference<ProjectFigures>> read = ref -> {
            Double v = value.apply(ref.get());
            return v == null ? Double.NaN : v;
        };
        p.meters().add(Gauge.builder(name, p.current(), read).tags(tags).strongReference(true).register(registry));
    }

    private void counter(Published p, Long known, String name, Tags tags, Function<ProjectFigures, Long> value) {
        if (known == null || !p.registered().add(name + tags)) {
            return;
        }
        ToDoubleFunction<AtomicReference<ProjectFigures>> read = ref -> {
            Long v = value.apply(ref.get());
            return v == null ? 0 : v;
        };
        p.meters().add(FunctionCounter.builder(name, p.current(), read).tags(tags).register(registry));
    }

    /** The meters of one project and the figures they read. */
    private record Published(AtomicReference<ProjectFigures> current, List<Meter> meters,
            java.util.Set<String> registered) {

        Published(AtomicReference<ProjectFigures> current) {
            this(current, new ArrayList<>(), ConcurrentHashMap.newKeySet());
        }
    }
}
