package io.forgepulse.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The read caches of series, contributors, pulses and bot sets and of the project list (each instance's own, checked
 * against the stored data and listing versions).
 */
@ConfigMapping(prefix = "forgepulse.read-cache")
public interface ReadCacheConfig {

    /**
     * How many answers are kept per project (a series is one answer per metric, bucket and range, a pulse one per
     * period, the bot set one); past it the project's other answers are dropped and computed again. 0 turns the
     * cache off.
     */
    @WithDefault("256")
    int entriesPerProject();

    /**
     * How many pages of the project list are kept (one per filter, page and size asked); past it they are dropped and
     * read again. 0 turns this cache off.
     */
    @WithDefault("64")
    int listingPages();
}
