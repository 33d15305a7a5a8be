package io.forgepulse.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Gitee settings (prefix {@code forgepulse.gitee}). */
@ConfigMapping(prefix = "forgepulse.gitee")
public interface GiteeConfig {

    /** The REST API root: {@code https://gitee.com/api/v5}, or {@code https://HOST/api/v5} for a self-hosted Gitee. */
    @WithDefault("https://gitee.com/api/v5")
    String apiUrl();

    /**
     * Personal access tokens, comma-separated (a pool: one run uses one at a time); absent means anonymous. Set from the
     * environment variable {@code FORGEPULSE_GITEE_TOKEN} in application.properties; never logged, never returned.
     */
    Optional<String> token();

    /** Requests one harvest of one project may send; past it the run stops and resumes from its cursor next time. */
    @WithDefault("5000")
    int requestBudget();
}
