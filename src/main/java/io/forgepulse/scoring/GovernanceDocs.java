package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GOV.DOCS: three documents, GOVERNANCE, MAINTAINERS or CODEOWNERS (either names the people in charge), and
 * CODE_OF_CONDUCT. None → 0, one or two → 1, all three → 2.
 */
final class GovernanceDocs {

    private GovernanceDocs() {
    }

    static Leaf of(Facts f) {
        if (f.snapshot == null) {
            return Leaf.unknown("GOV.DOCS", "no snapshot");
        }
        List<String> found = new ArrayList<>();
        f.snapshot.first(FileKind.GOVERNANCE).ifPresent(p -> found.add(p.path()));
        Optional<ProjectFile> owners = f.snapshot.first(FileKind.MAINTAINERS).or(() -> f.snapshot.first(FileKind.CODEOWNERS));
        owners.ifPresent(p -> found.add(p.path()));
        f.snapshot.first(FileKind.CODE_OF_CONDUCT).ifPresent(p -> found.add(p.path()));
        int n = found.size();
        int score = n == 3 ? 2 : n >= 1 ? 1 : 0;
        return new Leaf("GOV.DOCS", score, n + "/3", n == 0 ? "no GOVERNANCE, MAINTAINERS/CODEOWNERS or CODE_OF_CONDUCT"
                : String.join(", ", found));
    }
}
