package io.forgepulse.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** GitLab settings (prefix {@code forgepulse.gitlab}): gitlab.com or a self-hosted instance, by configuration only. */
@ConfigMapping(prefix = "forgepulse.gitlab")
public interface GitLabConfig {

    /** The REST API root: {@code https://gitlab.com/api/v4}, or {@code https://HOST/api/v4} for a self-hosted GitLab. */
    @WithDefault("https://gitlab.com/api/v4")
    String apiUrl();

    /**
     * Access tokens with the {@code read_api} scope, comma-separated (a pool, one run per token at a time); none reads
     * public projects anonymously. application.properties takes it from {@code FORGEPULSE_GITLAB_TOKEN}.
     */
    Optional<String> token();

    /** Requests one harvest of one project may send; past it the run stops and resumes from its cursor next time. */
    @WithDefault("5000")
    int requestBudget();
}
