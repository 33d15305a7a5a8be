package io.forgepulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MonthEndsTest {

    @Test
    void everyMonthFromTheFirstCommitsToTheLastThatEnded() {
        assertThat(MonthEnds.between(Instant.parse("2024-01-15T10:00:00Z"), Instant.parse("2024-04-30T23:00:00Z"), 480))
                .containsExactly(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z"),
                        Instant.parse("2024-04-01T00:00:00Z"));
    }

    @Test
    void aMonthEndingExactlyNowHasEnded() {
        assertThat(MonthEnds.between(Instant.parse("2024-01-31T23:59:59Z"), Instant.parse("2024-02-01T00:00:00Z"), 480))
                .containsExactly(Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(MonthEnds.between(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-02-20T00:00:00Z"), 480))
                .isEmpty();
    }

    @Test
    void aCommitDatedByABrokenClockCostsAtMostTheLatestMonths() {
        assertThat(MonthEnds.between(Instant.EPOCH, Instant.parse("2026-06-30T00:00:00Z"), 24))
                .hasSize(24).startsWith(Instant.parse("2024-07-01T00:00:00Z")).endsWith(Instant.parse("2026-06-01T00:00:00Z"));
    }
}
