package io.forgepulse.scoring;

import io.forgepulse.domain.Bucket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Where an instant falls in a series: ISO weeks starting Monday, or calendar months, both in UTC. */
final class Buckets {

    private Buckets() {
    }

    static LocalDate startOf(LocalDate day, Bucket bucket) {
        return bucket.startOf(day);
    }

    static LocalDate startOf(Instant t, Bucket bucket) {
        return startOf(LocalDate.ofInstant(t, ZoneOffset.UTC), bucket);
    }

    static LocalDate next(LocalDate start, Bucket bucket) {
        return switch (bucket) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
