package io.forgepulse.scoring;

/**
 * ACT.MAINT: archived, or no commit in 365 days → 0; a commit in 365 days → 1; ≥ 13 commits in 90 days (one a
 * week, OpenSSF Scorecard "Maintained") → 2. Non-bot commits only. Null without any commit and no archived flag
 * saying otherwise.
 */
final class Maintained {

    private Maintained() {
    }

    static Leaf of(Facts f) {
        if (f.snapshot != null && Boolean.TRUE.equals(f.snapshot.archived())) {
            return new Leaf("ACT.MAINT", 0, "archived", "the forge marks the repository archived");
        }
        if (!f.hasCommits()) {
            return Leaf.unknown("ACT.MAINT", "no commits");
        }
        int recent = f.humanCommitsIn(f.recent).size();
        int year = f.humanCommitsIn(f.year).size();
        int score = recent >= 13 ? 2 : year >= 1 ? 1 : 0;
        String archived = f.snapshot == null || f.snapshot.archived() == null ? "unknown" : "no";
        return new Leaf("ACT.MAINT", score, Integer.toString(recent),
                recent + " non-bot commits in 90 days, " + year + " in 365 days; archived: " + archived);
    }
}
