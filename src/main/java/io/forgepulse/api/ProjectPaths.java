package io.forgepulse.api;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.pipeline.ProjectRegistry;
import io.forgepulse.store.StoredProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves {@code /api/v1/projects/{forge}/{path}} to a tracked project, or answers 400/404. */
@ApplicationScoped
class ProjectPaths {

    private final ProjectRegistry registry;

    @Inject
    ProjectPaths(ProjectRegistry registry) {
        this.registry = registry;
    }

    static ProjectId id(String forge, String path) {
        try {
            return ProjectId.parse(forge + ":" + path);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    StoredProject tracked(String forge, String path) {
        ProjectId id = id(forge, path);
        return registry.find(id).orElseThrow(() -> ProblemException.notFound(id + " is not tracked: add it to"
                + " forgepulse.track or POST it to /api/v1/projects"));
    }
}
