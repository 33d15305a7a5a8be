package io.forgepulse.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The read cache of series and contributors (each instance's own, checked against the stored data version). */
@ConfigMapping(prefix = "forgepulse.read-cache")
public interface ReadCacheConfig {

    /**
     * How many answers are kept per project (a series is one answer per metric, bucket and range); past it the
     * project's answers are dropped and computed again. 0 turns the cache off.
     */
    @WithDefault("256")
    int entriesPerProject();
}
