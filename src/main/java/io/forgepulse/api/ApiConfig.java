package io.forgepulse.api;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** What the REST API reads from configuration. */
@ConfigMapping(prefix = "forgepulse.api")
interface ApiConfig {

    /**
     * The bearer token that mutations (track, untrack, harvest now) require; set it with FORGEPULSE_ADMIN_TOKEN.
     * Without one, mutations are refused.
     */
    Optional<String> adminToken();
}
