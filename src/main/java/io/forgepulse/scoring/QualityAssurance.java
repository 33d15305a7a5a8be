package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;

import java.util.Optional;

/** IND.QA: a test directory and a CI configuration: neither → 0, one → 1, both → 2. */
final class QualityAssurance {

    private QualityAssurance() {
    }

    static Leaf of(Facts f) {
        if (f.snapshot == null) {
            return Leaf.unknown("IND.QA", "no snapshot");
        }
        Optional<ProjectFile> tests = f.snapshot.first(FileKind.TEST_DIR);
        Optional<ProjectFile> ci = f.snapshot.first(FileKind.CI_CONFIG);
        int score = (tests.isPresent() ? 1 : 0) + (ci.isPresent() ? 1 : 0);
        return new Leaf("IND.QA", score, score + "/2", "tests: " + tests.map(ProjectFile::path).orElse("none")
                + "; CI: " + ci.map(ProjectFile::path).orElse("none"));
    }
}
