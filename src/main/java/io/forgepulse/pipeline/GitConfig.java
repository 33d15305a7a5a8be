package io.forgepulse.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Plain git repositories (prefix {@code forgepulse.git}). */
@ConfigMapping(prefix = "forgepulse.git")
public interface GitConfig {

    /**
     * Locations {@code git:} projects may use, over the API and in {@code forgepulse.track}: path prefixes
     * ({@code /srv/git}) and clone-URL prefixes ({@code https://github.com/}, {@code https://git.example.org/team/});
     * unset allows every path and URL the service can reach.
     */
    Optional<List<String>> allowedLocations();

    /**
     * {@code git log} processes that read one range of new commits at once, each given every other chunk of it (the
     * diffs behind the line counts are most of an ingest's time); 1 reads with a single process. Mirrors of GitHub,
     * GitLab and Gitee projects are read the same way.
     */
    @WithDefault("2")
    int logProcesses();
}
