package io.forgepulse.scoring;

import io.forgepulse.domain.Commit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * LEG.AGE: &lt; 3 months → 0, 3 months – 3 years → 1, &gt; 3 years → 2, measured in calendar months and years
 * (UTC) from the forge's creation date, or without one (plain git) from the first commit's author date.
 * Exactly 3 months and exactly 3 years both score 1.
 */
final class ProjectAge {

    private ProjectAge() {
    }

    static Leaf of(Facts f) {
        Instant start;
        String source;
        if (f.snapshot != null && f.snapshot.createdAt() != null) {
            start = f.snapshot.createdAt().toInstant();
            source = "forge creation date " + start;
        } else {
            Commit first = f.firstCommit().orElse(null);
            if (first == null) {
                return Leaf.unknown("LEG.AGE", "no creation date and no commit");
            }
            start = Objects.requireNonNull(Facts.authored(first));
            source = "first commit " + first.sha() + " authored " + start;
        }
        ZonedDateTime from = start.atZone(ZoneOffset.UTC);
        ZonedDateTime now = f.now.atZone(ZoneOffset.UTC);
        int score = from.plusMonths(3).isAfter(now) ? 0 : from.plusYears(3).isBefore(now) ? 2 : 1;
        double days = Figures.days(Duration.between(start, f.now));
        return new Leaf("LEG.AGE", score, Figures.text(Math.floor(days)) + " days", source);
    }
}
