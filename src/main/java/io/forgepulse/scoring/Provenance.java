package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;

import java.util.List;
import java.util.Locale;

/**
 * GOV.PROVENANCE: the share of the year's non-bot commits with a {@code Signed-off-by} trailer or a
 * signature. ≥ 80 % → 2; ≥ 10 %, or a DCO/CLA documented in CONTRIBUTING → 1; else 0. Without a commit in
 * the year the share is unknown: a documented DCO/CLA still gives 1, otherwise null.
 */
final class Provenance {

    private Provenance() {
    }

    static Leaf of(Facts f) {
        String documented = null;
        if (f.snapshot != null) {
            ProjectFile contributing = f.snapshot.first(FileKind.CONTRIBUTING).orElse(null);
            if (contributing != null && contributing.detail() != null) {
                String d = contributing.detail().trim().toLowerCase(Locale.ROOT);
                if (d.equals("dco") || d.equals("cla")) {
                    documented = d.toUpperCase(Locale.ROOT) + " documented in " + contributing.path();
                }
            }
        }
        List<AttributedCommit> commits = f.humanCommitsIn(f.year);
        if (commits.isEmpty()) {
            return documented != null ? new Leaf("GOV.PROVENANCE", 1, "no commits", documented)
                    : Leaf.unknown("GOV.PROVENANCE", "no commit in 365 days");
        }
        int n = commits.size();
        int traced = (int) commits.stream().filter(c -> c.commit().signed() || !c.commit().signedOffBy().isEmpty()).count();
        int score = traced * 5 >= n * 4 ? 2 : traced * 10 >= n || documented != null ? 1 : 0;
        return new Leaf("GOV.PROVENANCE", score, Figures.text((double) traced / n),
                traced + " of " + n + " non-bot commits in 365 days signed off or signed" + (documented == null ? "" : "; " + documented));
    }
}
