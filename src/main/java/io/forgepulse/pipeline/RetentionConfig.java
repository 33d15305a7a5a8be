package io.forgepulse.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the service keeps its own records; events and scores are kept, they are the data. */
@ConfigMapping(prefix = "forgepulse.retention")
public interface RetentionConfig {

    /**
     * How long a project's harvest runs are kept ({@code harvest_run}, the run history); older ones are deleted after
     * each harvest of the project, except its latest success. A successful run that stored nothing replaces the
     * previous run if that one stored nothing too, so however short the interval, a quiet project keeps one row.
     */
    @WithDefault("P30D")
    Duration harvestRuns();
}
