package io.forgepulse.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** What the REST API reads from configuration. */
@ConfigMapping(prefix = "forgepulse.api")
interface ApiConfig {

    /**
     * The bearer token that mutations (track, untrack, harvest now) require; set it with FORGEPULSE_ADMIN_TOKEN.
     * Without one, mutations are refused.
     */
    Optional<String> adminToken();

    /**
     * The longest request URI (path and query) answered; a longer one gets 414 problem+json. Keep it below
     * quarkus.http.limits.max-initial-line-length, where Vert.x refuses without a body.
     */
    @WithDefault("4096")
    int maxUriLength();

    /**
     * The most request header bytes answered; more get 431 problem+json. Keep it below
     * quarkus.http.limits.max-header-size, where Vert.x refuses without a body.
     */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
