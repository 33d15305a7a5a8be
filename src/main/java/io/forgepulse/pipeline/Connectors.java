package io.forgepulse.pipeline;

import io.forgepulse.domain.Forge;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.git.GitConnector;
import io.forgepulse.forge.github.GitHubConnector;
import io.forgepulse.forge.github.GitHubSettings;
import io.forgepulse.forge.gitlab.GitLabConnector;
import io.forgepulse.forge.gitlab.GitLabSettings;
import io.forgepulse.forge.http.ForgeClient;
import io.forgepulse.forge.http.HttpPolicy;
import io.forgepulse.forge.http.RequestCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/** The connector of each forge this build supports, and the one HTTP client the forge connectors share. */
@ApplicationScoped
public class Connectors {

    /** The only place a GitHub token is read from: never configuration files, never logs. */
    static final String GITHUB_TOKEN_VARIABLE = "FORGEPULSE_GITHUB_TOKEN";

    private final Map<Forge, ForgeConnector> byForge = new EnumMap<>(Forge.class);
    private final RequestCounts requestCounts = new RequestCounts();

    @Inject
    Connectors(PipelineConfig config, GitHubConfig github, GitLabConfig gitlab, HttpConfig http, Clock clock) {
        int batchSize = config.harvest().batchSize();
        byForge.put(Forge.GIT, new GitConnector(Path.of(config.dataDir(), "mirrors"), batchSize, clock));
        OkHttpClient client = ForgeClient.create(new HttpPolicy(Path.of(config.dataDir(), "http-cache"), http.cacheBytes(),
                http.retries(), http.backoff(), http.maxWait(), http.timeout(), http.maxAnswerBytes()), requestCounts);
        // GitHub mirrors live apart from git:NAME mirrors, so a git project can never share one by name.
        GitConnector githubMirrors = new GitConnector(Path.of(config.dataDir(), "mirrors", "github"), batchSize, clock);
        byForge.put(Forge.GITHUB, new GitHubConnector(new GitHubSettings(github.apiUrl(), tokens(),
                github.requestBudget(), github.commits() == GitHubConfig.CommitSource.GIT), client, githubMirrors, clock));
        GitConnector gitlabMirrors = new GitConnector(Path.of(config.dataDir(), "mirrors", "gitlab"), batchSize, clock);
        byForge.put(Forge.GITLAB, new GitLabConnector(new GitLabSettings(gitlab.apiUrl(), pool(gitlab.token()),
                gitlab.requestBudget()), client, gitlabMirrors, clock));
    }

    public Optional<ForgeConnector> of(Forge forge) {
        return Optional.ofNullable(byForge.get(forge));
    }

    public boolean supports(Forge forge) {
        return byForge.containsKey(forge);
    }

    /** Every forge request so far, for the metrics. */
    RequestCounts requestCounts() {
        return requestCounts;
    }

    /** A comma-separated token pool from configuration; blanks are dropped. */
    private static List<String> pool(Optional<String> value) {
        return value.map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList())
                .orElse(List.of());
    }

    private static List<String> tokens() {
        return pool(Optional.ofNullable(System.getenv(GITHUB_TOKEN_VARIABLE)));
    }
}
