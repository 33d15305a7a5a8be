package io.forgepulse.scoring;

/** ACT.CONTRIB: non-bot contributors active in 365 days: ≤ 2 → 0, 3–19 → 1, ≥ 20 → 2. */
final class ContributorBase {

    private ContributorBase() {
    }

    static Leaf of(Facts f) {
        if (!f.hasEvents()) {
            return Leaf.unknown("ACT.CONTRIB", "no events harvested");
        }
        int n = ActiveContributors.in(f, f.year).size();
        int score = n >= 20 ? 2 : n >= 3 ? 1 : 0;
        return new Leaf("ACT.CONTRIB", score, Integer.toString(n), n + " non-bot contributors in 365 days"
                + (f.history.forgeEvents() ? " (commits, PRs, reviews, issues, comments)" : " (commit authors)"));
    }
}
