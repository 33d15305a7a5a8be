package io.forgepulse.pipeline;

import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Forge;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.Signature;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.HarvestStopped;
import io.forgepulse.store.ProjectStore;
import io.quarkus.arc.Arc;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The real connectors, except for four {@code git:} projects whose connector misbehaves as a forge or a library
 * can: {@code git:oom} runs out of memory, {@code git:incomplete} sends items without their keys,
 * {@code git:vanishing} is untracked while its batch is stored, so the database refuses the batch, and
 * {@code git:budget} stores a batch and then spends its request budget, as a large first harvest does.
 * Enabled only by {@link HarvestFaultsTest}'s profile.
 */
@Alternative
@Singleton
class FaultyConnectors extends Connectors {

    static final OffsetDateTime WHEN = OffsetDateTime.parse("2024-03-01T10:00:00+01:00");

    @Inject
    FaultyConnectors(PipelineConfig config, GitHubConfig github, GitLabConfig gitlab, GiteeConfig gitee, GitConfig git,
            HttpConfig http, Clock clock) {
        super(config, github, gitlab, gitee, git, http, clock);
    }

    @Override
    public Optional<ForgeConnector> of(Forge forge) {
        Optional<ForgeConnector> real = super.of(forge);
        return forge != Forge.GIT ? real : Optional.of(new ForgeConnector() {
            @Override
            public Forge forge() {
                return Forge.GIT;
            }

            @Override
            public java.util.Set<io.forgepulse.forge.Capability> capabilities() {
                return real.orElseThrow().capabilities();
            }

            @Override
            public ProjectSnapshot snapshot(TrackedProject project) throws ForgeException {
                return faulty(project) ? new ProjectSnapshot(WHEN.toInstant(), "main", null, null, null, null, null,
                        null, null, io.forgepulse.domain.OwnerType.UNKNOWN, null, null, List.of(), List.of())
                        : real.orElseThrow().snapshot(project);
            }

            @Override
            public void harvest(TrackedProject project, HarvestCursor cursor, HarvestSink sink) throws ForgeException {
                switch (project.id().path()) {
                    case "oom" -> throw new OutOfMemoryError("Java heap space");
                    case "incomplete" -> sink.accept(new HarvestBatch(List.of(), List.of(), List.of(
                            new Issue("", "octocat", false, null, WHEN, WHEN, null, null),
                            new Issue("7", "octocat", false, null, WHEN, WHEN, null, null)), List.of(), List.of(
                            new Comment(null, ItemKind.ISSUE, "7", "octocat", false, WHEN, false)), List.of(), cursor));
                    case "vanishing" -> {
                        Arc.container().instance(ProjectStore.class).get().untrack(project.id());
                        Signature who = new Signature("Private Person", "private.person@example.org", WHEN);
                        sink.accept(HarvestBatch.ofCommits(List.of(new Commit("f".repeat(40), who, who, 1, 1, 0,
                                List.of(), false)), cursor.with("commits", "f".repeat(40))));
                    }
                    case "budget" -> {
                        Signature who = new Signature("Budget Keeper", "keeper@example.org", WHEN);
                        sink.accept(HarvestBatch.ofCommits(List.of(new Commit("b".repeat(40), who, who, 1, 1, 0,
                                List.of(), false)), cursor.with("commits", "b".repeat(40))));
                        // What RequestBudget raises, wrapped as a connector's REST client wraps it.
                        HarvestStopped stop = HarvestStopped.resumable("the run used its budget of 1 requests; it"
                                + " resumes from its stored cursor at the next harvest");
                        throw new ForgeException("GitHub request GET /repos/o/n/issues failed: " + stop.getMessage(),
                                stop);
                    }
                    default -> real.orElseThrow().harvest(project, cursor, sink);
                }
            }
        });
    }

    private static boolean faulty(TrackedProject project) {
        return List.of("oom", "incomplete", "vanishing", "budget").contains(project.id().path());
    }
}
