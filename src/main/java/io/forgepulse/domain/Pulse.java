package io.forgepulse.domain;

import java.time.Instant;

/**
 * A GitHub-Pulse style summary of a period. Counts a source cannot give (issues for plain git) are null.
 */
public record Pulse(
        Instant from,
        Instant to,
        int authors,
        int commits,
        int filesChanged,
        long additions,
        long deletions,
        Integer prsOpened,
        Integer prsMerged,
        Integer issuesOpened,
        Integer issuesClosed,
        int releases) {
}
