package io.forgepulse.store;

import io.forgepulse.domain.ProjectId;
import java.time.Instant;

/**
 * A tracked project as stored.
 *
 * @param origin {@code config} when it comes from {@code forgepulse.track}, {@code api} when added over REST
 */
public record StoredProject(ProjectId id, String location, String origin, Instant addedAt) {

    public static final String ORIGIN_CONFIG = "config";
    public static final String ORIGIN_API = "api";
}
