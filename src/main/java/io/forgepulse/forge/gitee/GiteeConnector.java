package io.forgepulse.forge.gitee;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Forge;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.Capability;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.GitMirror;
import io.forgepulse.forge.http.ListStream;
import io.forgepulse.forge.http.NewestFirstStream;
import io.forgepulse.forge.http.RequestBudget;
import io.forgepulse.forge.http.RestClient;
import io.forgepulse.forge.http.RestSession;
import io.forgepulse.forge.http.RunTag;
import io.forgepulse.forge.http.TokenPool;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;

/**
 * {@code gitee:owner/name} projects over Gitee's REST API v5:
 * <ul>
 *   <li>snapshot: one {@code GET /repos/owner/name}; the files at HEAD, the commits and the tags come from a git mirror
 *       of the clone URL, which costs no API request;</li>
 *   <li>issues from {@code /issues?state=all&sort=updated&direction=asc}, read {@code since} the stored mark
 *       ({@link ListStream});</li>
 *   <li>pull requests from {@code /pulls?state=all&sort=updated&direction=desc}, which has no {@code since}: newest
 *       first down to the stored mark ({@link NewestFirstStream}); who merged a pull from its operate logs, only for a
 *       merged pull that does not say ({@link Mergers});</li>
 *   <li>issue comments and pull comments from their repository-wide lists, since the mark; releases whole.</li>
 * </ul>
 * 100 items a page, pages by number ({@code total_page}); every request is conditional.
 */
public final class GiteeConnector implements ForgeConnector {

    private static final String FORGE = Forge.GITEE.id();
    private static final String ASCENDING = "sort=updated&direction=asc&per_page=100";

    private final RestClient api;
    private final TokenPool tokens;
    private final GiteeSettings settings;
    private final GitMirror mirror;
    private final Clock clock;
    /** Each project's members as its last snapshot named them, for the authors' association. */
    private final Map<ProjectId, Membership> members = new ConcurrentHashMap<>();

    /**
     * @param client the shared forge client (cache, retries, accounting)
     * @param git the plain-git connector over the Gitee mirrors
     */
    public GiteeConnector(GiteeSettings settings, OkHttpClient client, ForgeConnector git, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.api = GiteeApi.rest(Objects.requireNonNull(client, "client"), settings.apiUrl());
        this.tokens = new TokenPool("Gitee", settings.tokens());
        this.mirror = new GitMirror(Objects.requireNonNull(git, "git"), api.home());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Forge forge() {
        return Forge.GITEE;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.TRACKER, Capability.FINDS_REPOSITORY);
    }

    @Override
    public ProjectSnapshot snapshot(TrackedProject project) throws ForgeException {
        JsonNode repo;
        try (RestSession session = session(project)) {
            repo = session.get(repo(project, "")).body();
        }
        mirror.remember(project.id(), cloneUrl(GiteeItems.text(repo, "html_url")));
        members.put(project.id(), Membership.of(repo));
        ProjectSnapshot files = mirror.snapshot(project, defaultCloneUrl(project));
        JsonNode namespace = repo.path("namespace");
        String license = GiteeItems.text(repo, "license");
        return new ProjectSnapshot(clock.instant(), GiteeItems.text(repo, "default_branch"), files.headSha(),
                repo.path("stargazers_count").asInt(), repo.path("forks_count").asInt(),
                repo.path("watchers_count").asInt(), repo.path("open_issues_count").asInt(), null,
                GiteeItems.time(repo, "created_at"), ownerType(GiteeItems.text(namespace, "type")),
                GiteeItems.text(namespace, "path"), license == null || license.isBlank() ? null : license, List.of(),
                files.files());
    }

    /** The files of the mirror's trees at past instants (no API request). */
    @Override
    public Map<Instant, ProjectSnapshot> treesAt(TrackedProject project, List<Instant> instants) throws ForgeException {
        return mirror.treesAt(project, defaultCloneUrl(project), instants);
    }

    @Override
    public void harvest(TrackedProject project, HarvestCursor cursor, HarvestSink sink) throws ForgeException {
        Objects.requireNonNull(sink, "sink");
        Membership known = members.getOrDefault(project.id(), Membership.UNKNOWN);
        try (RestSession session = session(project)) {
            HarvestCursor current = cursor == null ? HarvestCursor.EMPTY : cursor;
            GiteeReleases releases = GiteeReleases.read(session, repo(project, ""));
            // Stored before the commits, so a failure there cannot lose releases whose pages the cache now holds.
            releases.store(session, current, sink);
            current = mirror.harvest(project, defaultCloneUrl(project), current, releases.byTag().keySet(), sink);
            current = new ListStream("issues", repo(project, "/issues?state=all&" + ASCENDING), "since")
                    .run(session, current, (items, next) -> issues(items, known, next), sink);
            String repoPath = repo(project, "");
            current = new NewestFirstStream("pulls", repo(project, "/pulls?state=all&sort=updated&direction=desc"
                    + "&per_page=100")).run(session, current, (items, next) -> pulls(session, repoPath, items, known,
                    next), sink);
            current = new ListStream("issue-comments", repo(project, "/issues/comments?" + ASCENDING), "since")
                    .run(session, current, (items, next) -> comments(items, false, next), sink);
            new ListStream("pull-comments", repo(project, "/pulls/comments?" + ASCENDING), "since")
                    .run(session, current, (items, next) -> comments(items, true, next), sink);
        }
    }

    private static HarvestBatch issues(List<JsonNode> items, Membership known, HarvestCursor cursor) {
        return new HarvestBatch(List.of(), List.of(), items.stream().map(i -> GiteeItems.issue(i, known)).toList(),
                List.of(), List.of(), List.of(), cursor);
    }

    private static HarvestBatch pulls(RestSession session, String repoPath, List<JsonNode> items, Membership known,
            HarvestCursor cursor) throws ForgeException {
        List<ChangeRequest> pulls = new ArrayList<>();
        for (JsonNode pull : items) {
            String merger = GiteeItems.needsMerger(pull) ? Mergers.of(session, repoPath, pull) : null;
            pulls.add(GiteeItems.changeRequest(pull, merger, known));
        }
        return new HarvestBatch(List.of(), List.of(), List.of(), pulls, List.of(), List.of(), cursor);
    }

    private static HarvestBatch comments(List<JsonNode> items, boolean pulls, HarvestCursor cursor) {
        return new HarvestBatch(List.of(), List.of(), List.of(), List.of(),
                items.stream().map(pulls ? GiteeItems::pullComment : GiteeItems::issueComment).toList(), List.of(),
                cursor);
    }

    private RestSession session(TrackedProject project) throws ForgeException {
        Objects.requireNonNull(project, "project");
        RunTag tag = new RunTag(FORGE, new RequestBudget(settings.requestBudget()), api.home());
        return new RestSession(api, tag, tokens.lease(project.id()));
    }

    private static String repo(TrackedProject project, String suffix) {
        return "/repos/" + project.id().path() + suffix;
    }

    /** Gitee's {@code html_url} of a repository is its clone URL ({@code https://gitee.com/o/n.git}). */
    private static String cloneUrl(String htmlUrl) {
        return htmlUrl == null || htmlUrl.endsWith(".git") ? htmlUrl : htmlUrl + ".git";
    }

    /** The clone URL on the API's own host, used until a snapshot named the project's. */
    private String defaultCloneUrl(TrackedProject project) {
        return api.home().newBuilder().encodedPath("/" + project.id().path() + ".git").query(null).build().toString();
    }

    /** Gitee namespaces: {@code personal}, {@code group} (an organisation) or {@code enterprise}. */
    private static OwnerType ownerType(String type) {
        if ("group".equals(type) || "enterprise".equals(type)) {
            return OwnerType.ORGANIZATION;
        }
        return "personal".equals(type) ? OwnerType.USER : OwnerType.UNKNOWN;
    }
}
