package io.forgepulse.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The instants a score history is computed at: the end of every month (UTC), which is the first instant of the next
 * one, from the month of a project's first commit to the last month that ended by {@code now}.
 */
public final class MonthEnds {

    private MonthEnds() {
    }

    /**
     * @param first the first commit's instant
     * @param maxMonths the most months kept, the latest ones (a commit dated 1970 by a broken clock must not cost
     *     half a century of cards)
     * @return oldest first; empty when no month ended between {@code first} and {@code now}
     */
    public static List<Instant> between(Instant first, Instant now, int maxMonths) {
        YearMonth last = YearMonth.from(LocalDate.ofInstant(now, ZoneOffset.UTC)).minusMonths(1);
        YearMonth month = YearMonth.from(LocalDate.ofInstant(first, ZoneOffset.UTC));
        if (month.isBefore(last.minusMonths(maxMonths - 1L))) {
            month = last.minusMonths(maxMonths - 1L);
        }
        List<Instant> ends = new ArrayList<>();
        for (; !month.isAfter(last); month = month.plusMonths(1)) {
            ends.add(end(month));
        }
        return ends;
    }

    /** The month's end: the first instant of the next month. */
    public static Instant end(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
