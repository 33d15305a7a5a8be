package io.forgepulse.pipeline;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.store.DataVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers of reads computed from a project's events and people, kept while the project's stored data version is the
 * one they were computed at. Every read asks the database for the version (one primary-key read), so a write
 * committed by any instance sharing the database is seen by the next read here: the cache never serves an answer
 * older than the last committed write. The version is read before the answer is computed, so an answer is never
 * kept under a version newer than the data it saw.
 */
@ApplicationScoped
public class ReadCache {

    private record Answers(String version, Map<Object, CompletableFuture<Object>> byKey) {
    }

    private final Function<ProjectId, Optional<String>> versions;
    private final int entriesPerProject;
    private final Map<ProjectId, Answers> byProject = new ConcurrentHashMap<>();

    @Inject
    ReadCache(DataVersions versions, ReadCacheConfig config) {
        this(versions::current, config.entriesPerProject());
    }

    ReadCache(Function<ProjectId, Optional<String>> versions, int entriesPerProject) {
        this.versions = versions;
        this.entriesPerProject = entriesPerProject;
    }

    /** The answer for {@code key} (a value with equals, the read's arguments) at the project's current data. */
    <T> T get(ProjectId project, Object key, Supplier<T> compute) {
        return get(project, key, value -> true, compute);
    }

    /**
     * As {@link #get(ProjectId, Object, Supplier)}, but a kept answer is served only while {@code current} accepts it
     * (a pulse ends at the second it was asked for: the next second replaces it under the same key, so such keys do not
     * pile up). Concurrent readers of one missing answer wait for one computation rather than each running it: a
     * pulse that turns stale at a second's boundary is read once, not by every client at that instant.
     */
    @SuppressWarnings("unchecked")
    <T> T get(ProjectId project, Object key, Predicate<T> current, Supplier<T> compute) {
        if (entriesPerProject <= 0) {
            return compute.get();
        }
        Optional<String> version = versions.apply(project);
        if (version.isEmpty()) {
            byProject.remove(project);
            return compute.get();
        }
        Map<Object, CompletableFuture<Object>> answers = byProject.compute(project,
                (p, known) -> known != null && known.version().equals(version.get()) ? known
                        : new Answers(version.get(), new ConcurrentHashMap<>())).byKey();
        while (true) {
            CompletableFuture<Object> known = answers.get(key);
            if (known != null && !known.isCompletedExceptionally()
                    && (!known.isDone() || current.test((T) known.join()))) {
                return (T) await(known);
            }
            CompletableFuture<Object> mine = new CompletableFuture<>();
            if (known == null ? answers.putIfAbsent(key, mine) != null : !answers.replace(key, known, mine)) {
                continue; // another reader started it first: wait for that one
            }
            if (answers.size() > entriesPerProject) {
                answers.keySet().removeIf(k -> !k.equals(key));
            }
            try {
                T value = compute.get();
                mine.complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                answers.remove(key, mine); // not kept: the next read tries again
                mine.completeExceptionally(e);
                throw e;
            }
        }
    }

    private static Object await(CompletableFuture<Object> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
