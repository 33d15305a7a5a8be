package io.forgepulse.api;

import java.time.Instant;

/** One person in {@code GET .../contributors}, ranked by commits. */
public record ContributorView(String name, String organization, int commits, boolean bot, Instant firstCommit,
        Instant lastCommit) {
}
