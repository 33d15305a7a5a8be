package io.forgepulse.scoring;

import io.forgepulse.domain.Issue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * ACT.RESP: of the non-bot issues opened 30 to 365 days ago (old enough to have had a fair chance of an
 * answer), the share answered by someone other than the author ({@link Issue#firstResponseAt()}) and the
 * median time to that first response, over the answered ones (the share already counts the unanswered).
 * ≥ 80 % and ≤ 7 days → 2; ≥ 50 % and ≤ 30 days → 1; otherwise 0. Null without forge data or without such issues.
 */
final class IssueResponse {

    private IssueResponse() {
    }

    static Leaf of(Facts f) {
        if (!f.history.forgeEvents()) {
            return Leaf.unknown("ACT.RESP", "issues need forge data");
        }
        Window opened = new Window(f.year.start(), f.now.minus(Duration.ofDays(30)));
        int n = 0;
        List<Double> days = new ArrayList<>();
        for (Issue i : f.humanIssues) {
            if (!opened.contains(i.createdAt())) {
                continue;
            }
            n++;
            if (i.firstResponseAt() != null && !i.firstResponseAt().toInstant().isAfter(f.now)) {
                days.add(Math.max(0, Figures.days(Duration.between(i.createdAt(), i.firstResponseAt()))));
            }
        }
        if (n == 0) {
            return Leaf.unknown("ACT.RESP", "no issue opened 30 to 365 days ago");
        }
        int answered = days.size();
        Double median = Median.of(days);
        int score;
        if (answered * 10 >= n * 8 && median <= 7) {
            score = 2;
        } else if (answered > 0 && answered * 2 >= n && median <= 30) {
            score = 1;
        } else {
            score = 0;
        }
        String value = "answered " + answered + "/" + n + (median == null ? "" : ", median " + Figures.text(median) + " d");
        return new Leaf("ACT.RESP", score, value, answered + " of " + n + " non-bot issues opened 30 to 365 days ago"
                + " answered by someone else" + (median == null ? "" : "; median time to first response " + Figures.text(median) + " days"));
    }
}
