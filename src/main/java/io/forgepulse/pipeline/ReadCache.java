package io.forgepulse.pipeline;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.store.DataVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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

    private record Answers(String version, Map<Object, Object> byKey) {
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
    @SuppressWarnings("unchecked")
    <T> T get(ProjectId project, Object key, Supplier<T> compute) {
        if (entriesPerProject <= 0) {
            return compute.get();
        }
        Optional<String> version = versions.apply(project);
        if (version.isEmpty()) {
            byProject.remove(project);
            return compute.get();
        }
        Answers answers = byProject.get(project);
        if (answers == null || !answers.version().equals(version.get())) {
            answers = new Answers(version.get(), new ConcurrentHashMap<>());
            byProject.put(project, answers);
        }
        Object known = answers.byKey().get(key);
        if (known != null) {
            return (T) known;
        }
        T value = compute.get();
        if (answers.byKey().size() >= entriesPerProject) {
            answers.byKey().clear();
        }
        answers.byKey().put(key, value);
        return value;
    }
}
