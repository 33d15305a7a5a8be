package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;

import java.util.Optional;

/**
 * IND.CONTRIB: the way in for newcomers: a CONTRIBUTING guide, an external change merged in 365 days (see
 * {@link ExternalContributions}), and issue or PR templates. Neither the guide nor an external merge → 0;
 * one of them → 1; both and a template → 2.
 */
final class ContributionPath {

    private ContributionPath() {
    }

    static Leaf of(Facts f, ExternalContributions external) {
        if (f.snapshot == null) {
            return Leaf.unknown("IND.CONTRIB", "no snapshot");
        }
        Optional<ProjectFile> guide = f.snapshot.first(FileKind.CONTRIBUTING);
        Optional<ProjectFile> template = f.snapshot.first(FileKind.ISSUE_TEMPLATE).or(() -> f.snapshot.first(FileKind.PR_TEMPLATE));
        boolean merged = external.external() > 0;
        int score = guide.isPresent() && merged && template.isPresent() ? 2 : guide.isPresent() || merged ? 1 : 0;
        String value = (guide.isPresent() ? "guide" : "no guide") + ", " + external.external() + " external, "
                + (template.isPresent() ? "template" : "no template");
        return new Leaf("IND.CONTRIB", score, value, "CONTRIBUTING: " + guide.map(ProjectFile::path).orElse("none")
                + "; templates: " + template.map(ProjectFile::path).orElse("none")
                + "; " + external.external() + " external of " + external.changes() + " " + external.basis());
    }
}
