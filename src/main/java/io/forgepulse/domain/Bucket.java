package io.forgepulse.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Time-series bucket: ISO weeks starting Monday, or calendar months, both in UTC. */
public enum Bucket {
    WEEK,
    MONTH;

    /** The first day of the bucket {@code day} falls in. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }
}
