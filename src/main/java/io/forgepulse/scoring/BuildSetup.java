package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;

import java.util.Optional;

/**
 * IND.BUILD: no build descriptor → 0; a descriptor → 1; a descriptor plus a build wrapper or a lock file
 * (a reproducible build) → 2. A wrapper without a descriptor builds nothing, so it scores 0.
 */
final class BuildSetup {

    private BuildSetup() {
    }

    static Leaf of(Facts f) {
        if (f.snapshot == null) {
            return Leaf.unknown("IND.BUILD", "no snapshot");
        }
        Optional<ProjectFile> descriptor = f.snapshot.first(FileKind.BUILD_DESCRIPTOR);
        if (descriptor.isEmpty()) {
            return new Leaf("IND.BUILD", 0, "none", "no build descriptor");
        }
        Optional<ProjectFile> pinned = f.snapshot.first(FileKind.BUILD_WRAPPER).or(() -> f.snapshot.first(FileKind.LOCK_FILE));
        return new Leaf("IND.BUILD", pinned.isPresent() ? 2 : 1, pinned.isPresent() ? "descriptor+pinned" : "descriptor",
                descriptor.get().path() + pinned.map(p -> ", " + p.path()).orElse("; no wrapper or lock file"));
    }
}
