package io.forgepulse.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Commits per rolling week over the last {@value #WEEKS} weeks, oldest first: the home page's activity sparkline. */
final class Sparkline {

    static final int WEEKS = 26;

    private Sparkline() {
    }

    static Instant since(Instant now) {
        return now.minus(Duration.ofDays(7L * WEEKS));
    }

    /** Week {@code i} holds the commits of [since + 7i days, since + 7(i+1) days); a commit after now counts last. */
    static List<Integer> weekly(List<Instant> commits, Instant now) {
        Instant since = since(now);
        int[] weeks = new int[WEEKS];
        for (Instant t : commits) {
            if (!t.isBefore(since)) {
                weeks[(int) Math.min(WEEKS - 1, Duration.between(since, t).toDays() / 7)]++;
            }
        }
        List<Integer> list = new ArrayList<>(WEEKS);
        for (int w : weeks) {
            list.add(w);
        }
        return list;
    }
}
