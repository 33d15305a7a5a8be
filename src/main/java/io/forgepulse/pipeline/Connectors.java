package io.forgepulse.pipeline;

import io.forgepulse.domain.Forge;
import io.forgepulse.forge.Capability;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.git.GitConnector;
import io.forgepulse.forge.git.LocationPolicy;
import io.forgepulse.forge.gitee.GiteeConnector;
import io.forgepulse.forge.gitee.GiteeSettings;
import io.forgepulse.forge.github.GitHubConnector;
import io.forgepulse.forge.github.GitHubSettings;
import io.forgepulse.forge.gitlab.GitLabConnector;
import io.forgepulse.forge.gitlab.GitLabSettings;
import io.forgepulse.forge.http.ForgeClient;
import io.forgepulse.forge.http.HttpPolicy;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.store.PrivateFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.jboss.logging.Logger;

/** The connector of each forge this build supports, and the one HTTP client the forge connectors share. */
@ApplicationScoped
public class Connectors {

    private static final Logger LOG = Logger.getLogger(Connectors.class);

    private final Map<Forge, ForgeConnector> byForge = new EnumMap<>(Forge.class);
    private final RequestCounts requestCounts = new RequestCounts();
    private final GitConnector git;

    @Inject
    Connectors(PipelineConfig config, GitHubConfig github, GitLabConfig gitlab, GiteeConfig gitee, GitConfig gitConfig,
            HttpConfig http, Clock clock) {
        int batchSize = config.harvest().batchSize();
        keepPrivate(Path.of(config.dataDir()));
        git = new GitConnector(Path.of(config.dataDir(), "mirrors"), batchSize, clock,
                LocationPolicy.of(gitConfig.allowedLocations().orElse(List.of())), gitConfig.logProcesses());
        byForge.put(Forge.GIT, git);
        OkHttpClient client = ForgeClient.create(new HttpPolicy(Path.of(config.dataDir(), "http-cache"), http.cacheBytes(),
                http.retries(), http.backoff(), http.maxWait(), http.timeout(), http.maxAnswerBytes()), requestCounts);
        // GitHub mirrors live apart from git:NAME mirrors, so a git project can never share one by name.
        GitConnector githubMirrors = new GitConnector(Path.of(config.dataDir(), "mirrors", "github"), batchSize, clock,
                LocationPolicy.ALLOW_ALL, gitConfig.logProcesses());
        byForge.put(Forge.GITHUB, new GitHubConnector(new GitHubSettings(github.apiUrl(), TokenPools.of(github.token()),
                github.requestBudget(), github.commits() == GitHubConfig.CommitSource.GIT), client, githubMirrors, clock));
        GitConnector gitlabMirrors = new GitConnector(Path.of(config.dataDir(), "mirrors", "gitlab"), batchSize, clock,
                LocationPolicy.ALLOW_ALL, gitConfig.logProcesses());
        byForge.put(Forge.GITLAB, new GitLabConnector(new GitLabSettings(gitlab.apiUrl(), TokenPools.of(gitlab.token()),
                gitlab.requestBudget()), client, gitlabMirrors, clock));
        GitConnector giteeMirrors = new GitConnector(Path.of(config.dataDir(), "mirrors", "gitee"), batchSize, clock,
                LocationPolicy.ALLOW_ALL, gitConfig.logProcesses());
        byForge.put(Forge.GITEE, new GiteeConnector(new GiteeSettings(gitee.apiUrl(), TokenPools.of(gitee.token()),
                gitee.requestBudget()), client, giteeMirrors, clock));
    }

    public Optional<ForgeConnector> of(Forge forge) {
        return Optional.ofNullable(byForge.get(forge));
    }

    public boolean supports(Forge forge) {
        return byForge.containsKey(forge);
    }

    /** Whether the connector of {@code forge} reads {@code capability} (false when the build has no such connector). */
    boolean reads(Forge forge, Capability capability) {
        ForgeConnector connector = byForge.get(forge);
        return connector != null && connector.capabilities().contains(capability);
    }

    /** The plain-git connector, whose location rules apply before a location is stored. */
    GitConnector git() {
        return git;
    }

    /** Every forge request so far, for the metrics. */
    RequestCounts requestCounts() {
        return requestCounts;
    }

    /**
     * Owner-only modes for what earlier versions left readable: the cache (bounded by its size, so walked) and the
     * mirrors directory with each mirror's top (git makes their later files private, see Mirrors). Created here
     * first, the cache directory starts private too.
     */
    private static void keepPrivate(Path dataDir) {
        try {
            PrivateFiles.directory(dataDir);
            PrivateFiles.directory(dataDir.resolve("http-cache"));
            PrivateFiles.tree(dataDir.resolve("http-cache"));
            PrivateFiles.directoryAndChildren(dataDir.resolve("mirrors"));
            for (Forge forge : List.of(Forge.GITHUB, Forge.GITLAB, Forge.GITEE)) {
                PrivateFiles.directoryAndChildren(dataDir.resolve("mirrors").resolve(forge.id()));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("cannot make %s owner-only: %s", dataDir, e.getMessage());
        }
    }
}
