package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;
import io.forgepulse.domain.Release;

import java.util.List;
import java.util.Optional;

/**
 * IND.RELNOTES: notes on the last 5 releases, a CHANGELOG counting as notes for every release.
 * No notes anywhere → 0; some → 1; at least 80 % of the last min(5, n) releases (4 of 5, 3 of 3, ...) → 2.
 * A CHANGELOG without any release is "some" (1).
 */
final class ReleaseNotes {

    private ReleaseNotes() {
    }

    static Leaf of(Facts f) {
        if (!f.hasEvents()) {
            return Leaf.unknown("IND.RELNOTES", "no events harvested");
        }
        Optional<ProjectFile> changelog = f.snapshot == null ? Optional.empty() : f.snapshot.first(FileKind.CHANGELOG);
        List<Release> last = f.lastReleases(5);
        if (last.isEmpty()) {
            return new Leaf("IND.RELNOTES", changelog.isPresent() ? 1 : 0, "no releases",
                    changelog.map(c -> c.path() + ", no release").orElse("no release and no CHANGELOG"));
        }
        int n = last.size();
        List<String> noted = last.stream().filter(r -> changelog.isPresent() || r.hasNotes()).map(Release::tag).toList();
        int k = noted.size();
        int score = k * 5 >= n * 4 ? 2 : k >= 1 ? 1 : 0;
        return new Leaf("IND.RELNOTES", score, k + "/" + n, changelog.map(c -> c.path() + " covers the last " + n + " releases")
                .orElse(k + " of the last " + n + " releases have notes" + (k == 0 ? "" : ": " + String.join(", ", noted))));
    }
}
