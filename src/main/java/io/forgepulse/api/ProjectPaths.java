package io.forgepulse.api;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.pipeline.ProjectRegistry;
import io.forgepulse.store.StoredProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** Resolves {@code /api/v1/projects/{forge}/{path}} to a tracked project, or answers 400/404. */
@ApplicationScoped
class ProjectPaths {

    private final ProjectRegistry registry;

    @Inject
    ProjectPaths(ProjectRegistry registry) {
        this.registry = registry;
    }

    static ProjectId id(String forge, String path) {
        return parse(forge + ":" + path);
    }

    /**
     * Parses a project id a client sent, or answers 400. Whitespace and control characters are refused rather than
     * trimmed away, so {@code git:x\u0000} never silently names {@code git:x}.
     */
    static ProjectId parse(String value) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                    throw ProblemException.badRequest(String.format(Locale.ROOT, "the project id has a U+%04X"
                            + " character at position %d: an id is forge:path with letters, digits, '.', '_', '-'"
                            + " and '/' only", (int) c, i + 1));
                }
            }
        }
        try {
            return ProjectId.parse(value);
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
