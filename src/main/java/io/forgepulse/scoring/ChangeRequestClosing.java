package io.forgepulse.scoring;

import io.forgepulse.domain.ChangeRequest;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * ACT.CLOSE: non-bot PRs closed (merged or not) in 365 days ÷ PRs opened in 365 days, both counted as events
 * of the year (so the ratio can exceed 1 when a backlog shrinks), and the median time from opening to closing
 * of those closed in the year. ≥ 0.8 and median ≤ 30 days → 2; ≥ 0.5 → 1; &lt; 0.5 → 0. Null without forge data
 * or without a PR opened in the year.
 */
final class ChangeRequestClosing {

    private ChangeRequestClosing() {
    }

    static Leaf of(Facts f) {
        if (!f.history.forgeEvents()) {
            return Leaf.unknown("ACT.CLOSE", "change requests need forge data");
        }
        int opened = 0;
        List<Double> days = new ArrayList<>();
        for (ChangeRequest cr : f.humanChangeRequests) {
            if (f.year.contains(cr.createdAt())) {
                opened++;
            }
            OffsetDateTime closed = closedAt(cr);
            if (f.year.contains(closed) && cr.createdAt() != null) {
                days.add(Math.max(0, Figures.days(Duration.between(cr.createdAt(), closed))));
            }
        }
        if (opened == 0) {
            return Leaf.unknown("ACT.CLOSE", "no PR opened in 365 days");
        }
        int closed = days.size();
        Double median = Median.of(days);
        int score;
        if (closed * 10 >= opened * 8 && median != null && median <= 30) {
            score = 2;
        } else if (closed * 2 >= opened) {
            score = 1;
        } else {
            score = 0;
        }
        double ratio = (double) closed / opened;
        return new Leaf("ACT.CLOSE", score, Figures.text(ratio) + (median == null ? "" : ", median " + Figures.text(median) + " d"),
                closed + " non-bot PRs closed and " + opened + " opened in 365 days"
                        + (median == null ? "" : "; median time to close " + Figures.text(median) + " days"));
    }

    static OffsetDateTime closedAt(ChangeRequest cr) {
        return cr.closedAt() != null ? cr.closedAt() : cr.mergedAt();
    }
}
