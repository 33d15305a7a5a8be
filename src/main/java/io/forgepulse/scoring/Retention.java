package io.forgepulse.scoring;

import java.util.Set;
import java.util.TreeSet;

/**
 * Contributor retention (LFX Insights): the share of the previous quarter's contributors (180 to 90 days
 * ago) who are active again this quarter (the last 90 days). Null when the previous quarter had nobody,
 * since a share of nobody says nothing.
 */
record Retention(int previous, int retained) {

    static Retention of(Facts f) {
        Set<String> before = ActiveContributors.in(f, f.previousQuarter);
        Set<String> again = new TreeSet<>(before);
        again.retainAll(ActiveContributors.in(f, f.recent));
        return new Retention(before.size(), again.size());
    }

    Double share() {
        return previous == 0 ? null : (double) retained / previous;
    }

    /**
     * docs/scoring.md §3: &lt; 3 % → 0, 3–5 % → 1, 6–9 % → 2, 10–14 % → 3, 15–19 % → 4, ≥ 20 % → 5. The published
     * bands have gaps (5.5 %), so each lower bound is read as "at least": 5.5 % is 1 point. Compared in
     * integers, so 1 of 5 is exactly 20 %.
     */
    Integer points() {
        if (previous == 0) {
            return null;
        }
        long r = 100L * retained;
        long p = previous;
        return r >= 20 * p ? 5 : r >= 15 * p ? 4 : r >= 10 * p ? 3 : r >= 6 * p ? 2 : r >= 3 * p ? 1 : 0;
    }

    String evidence() {
        return previous == 0 ? "no contributor 90 to 180 days ago"
                : retained + " of " + previous + " contributors of 90 to 180 days ago were active in the last 90 days";
    }
}
