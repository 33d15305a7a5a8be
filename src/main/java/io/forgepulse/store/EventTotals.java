package io.forgepulse.store;

import java.time.Instant;

/** How many events of each kind a project has stored, and its newest commit's author date (null without commits). */
public record EventTotals(long commits, long releases, long issuesOpened, long issuesClosed, long changeRequestsOpened,
        long changeRequestsMerged, Instant lastCommit) {
}
