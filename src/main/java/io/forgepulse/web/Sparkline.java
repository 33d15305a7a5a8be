package io.forgepulse.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Commits per rolling week over the last {@value #WEEKS} weeks, oldest first: the home page's activity sparkline.
 * Weeks are whole UTC days, so the store counts commits per day for every listed project in one statement.
 */
final class Sparkline {

    static final int WEEKS = 26;

    private Sparkline() {
    }

    /** The window's first instant: the start of the UTC day {@value #WEEKS} weeks before {@code now}. */
    static Instant since(Instant now) {
        return now.minus(Duration.ofDays(7L * WEEKS)).truncatedTo(ChronoUnit.DAYS);
    }

    /** Week {@code i} holds the commit days [since + 7i, since + 7(i+1)); a day after that counts last. */
    static List<Integer> weekly(Map<LocalDate, Long> commitsPerDay, Instant now) {
        LocalDate first = LocalDate.ofInstant(since(now), ZoneOffset.UTC);
        int[] weeks = new int[WEEKS];
        commitsPerDay.forEach((day, commits) -> {
            long index = ChronoUnit.DAYS.between(first, day);
            if (index >= 0) {
                weeks[(int) Math.min(WEEKS - 1, index / 7)] += commits.intValue();
            }
        });
        List<Integer> list = new ArrayList<>(WEEKS);
        for (int w : weeks) {
            list.add(w);
        }
        return list;
    }
}
