package io.forgepulse.store;

import java.time.Instant;

/** A merged person with the commits they authored in a period. */
public record ContributorRow(String key, String name, String organization, boolean bot, int commits,
        Instant firstCommit, Instant lastCommit) {
}
