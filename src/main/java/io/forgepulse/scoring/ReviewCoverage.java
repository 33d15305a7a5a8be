package io.forgepulse.scoring;

import io.forgepulse.domain.ChangeRequest;

/**
 * DIV.REVIEW: the share of non-bot PRs merged in 365 days that someone other than the author reviewed or
 * merged ({@link ChangeRequest#reviewedByOther()}): &lt; 20 % → 0, 20–79 % → 1, ≥ 80 % → 2. Null without forge
 * data or without a merged PR in the year.
 */
final class ReviewCoverage {

    private ReviewCoverage() {
    }

    static Leaf of(Facts f) {
        if (!f.history.forgeEvents()) {
            return Leaf.unknown("DIV.REVIEW", "reviews need forge data");
        }
        int merged = 0;
        int reviewed = 0;
        for (ChangeRequest cr : f.humanChangeRequests) {
            if (f.year.contains(cr.mergedAt())) {
                merged++;
                if (cr.reviewedByOther()) {
                    reviewed++;
                }
            }
        }
        if (merged == 0) {
            return Leaf.unknown("DIV.REVIEW", "no PR merged in 365 days");
        }
        int score = reviewed * 5 >= merged * 4 ? 2 : reviewed * 5 >= merged ? 1 : 0;
        return new Leaf("DIV.REVIEW", score, Figures.text((double) reviewed / merged),
                reviewed + " of " + merged + " non-bot PRs merged in 365 days were reviewed or merged by someone else");
    }
}
