package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;

import java.util.Optional;

/** SEC.DEPS: a dependabot or renovate configuration: none → 0, present → 2 (the scale has no 1). */
final class DependencyUpdates {

    private DependencyUpdates() {
    }

    static Leaf of(Facts f) {
        if (f.snapshot == null) {
            return Leaf.unknown("SEC.DEPS", "no snapshot");
        }
        Optional<ProjectFile> config = f.snapshot.first(FileKind.DEPENDENCY_UPDATE_CONFIG);
        return config.map(c -> new Leaf("SEC.DEPS", 2, "present", c.path()))
                .orElseGet(() -> new Leaf("SEC.DEPS", 0, "none", "no dependabot or renovate configuration"));
    }
}
