package io.forgepulse.forge.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Forge;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.Review;
import io.forgepulse.forge.Capability;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.GitMirror;
import io.forgepulse.forge.http.ListStream;
import io.forgepulse.forge.http.RequestBudget;
import io.forgepulse.forge.http.RestClient;
import io.forgepulse.forge.http.RestSession;
import io.forgepulse.forge.http.RunTag;
import io.forgepulse.forge.http.TokenPool;
import java.time.Instant;
import java.util.Map;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * {@code gitlab:group/sub/name} projects through GitLab's REST API v4, on gitlab.com or any self-hosted instance:
 * <ul>
 *   <li>snapshot: one {@code GET /projects/group%2Fsub%2Fname?license=true} (the path as one URL-encoded segment);
 *       the files at HEAD, the commits and the tags come from a git mirror of {@code http_url_to_repo};</li>
 *   <li>releases, read whole and stored when they changed ({@link Releases});</li>
 *   <li>issues and merge requests from their project lists, oldest update first, {@code updated_after} the stored
 *       mark ({@link ListStream}); each page is stored with the notes of its items that have any ({@link Notes}).</li>
 * </ul>
 * Every request is conditional, so an unchanged project costs one 304 per list.
 */
public final class GitLabConnector implements ForgeConnector {

    private static final String FORGE = Forge.GITLAB.id();
    /** Project lists, oldest update first, read {@code updated_after} the stored mark. */
    private static final String LIST_ORDER = "order_by=updated_at&sort=asc&per_page=100";
    private static final String SINCE = "updated_after";

    private final RestClient api;
    private final TokenPool tokens;
    private final GitLabSettings settings;
    private final Clock clock;
    private final GitMirror mirror;

    /**
     * @param client the shared forge client (cache, retries, accounting)
     * @param git the plain-git connector that reads mirrors (under {@code <data>/mirrors/gitlab})
     */
    public GitLabConnector(GitLabSettings settings, OkHttpClient client, ForgeConnector git, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.api = new RestClient(Objects.requireNonNull(client, "client"), settings.apiUrl(), GitLabDialect.INSTANCE);
        this.tokens = new TokenPool("GitLab", settings.tokens());
        this.mirror = new GitMirror(Objects.requireNonNull(git, "git"), api.home(), GitLabConnector::mirrorName);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Forge forge() {
        return Forge.GITLAB;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.TRACKER, Capability.FINDS_REPOSITORY);
    }

    @Override
    public ProjectSnapshot snapshot(TrackedProject project) throws ForgeException {
        JsonNode repo;
        try (RestSession session = session(project)) {
            repo = session.get(projectPath(project.id()) + "?license=true").body();
        }
        String cloneUrl = Items.text(repo, "http_url_to_repo");
        mirror.remember(project.id(), cloneUrl);
        ProjectSnapshot files = mirror.snapshot(project, defaultCloneUrl(project));
        JsonNode namespace = repo.path("namespace");
        String license = Items.text(repo.path("license"), "key"); // GitLab's keys are SPDX ids in lower case
        List<String> topics = new ArrayList<>();
        // topics replaced tag_list in GitLab 14.0; older instances send only tag_list
        repo.path(repo.has("topics") ? "topics" : "tag_list").forEach(t -> topics.add(t.asText()));
        return new ProjectSnapshot(clock.instant(), Items.text(repo, "default_branch"), files.headSha(),
                repo.path("star_count").asInt(), repo.path("forks_count").asInt(), null,
                repo.has("open_issues_count") ? repo.get("open_issues_count").asInt() : null,
                repo.path("archived").asBoolean(), Items.time(repo, "created_at"), ownerType(Items.text(namespace, "kind")),
                Items.text(namespace, "full_path"), license, topics, files.files());
    }

    /** The files of the mirror's trees at past instants (no API request). */
    @Override
    public Map<Instant, ProjectSnapshot> treesAt(TrackedProject project, List<Instant> instants) throws ForgeException {
        return mirror.treesAt(project, defaultCloneUrl(project), instants);
    }

    @Override
    public void harvest(TrackedProject project, HarvestCursor cursor, HarvestSink sink) throws ForgeException {
        Objects.requireNonNull(sink, "sink");
        try (RestSession session = session(project)) {
            harvest(project, session, cursor == null ? HarvestCursor.EMPTY : cursor, sink);
        }
    }

    private void harvest(TrackedProject project, RestSession session, HarvestCursor cursor, HarvestSink sink)
            throws ForgeException {
        String root = projectPath(project.id());
        Releases releases = Releases.read(session, root);
        // Stored before the commits, so a failure there cannot lose releases whose pages the cache now holds.
        releases.store(session, cursor, sink);
        HarvestCursor current = commitsAndTags(project, cursor, releases, sink);
        String issues = root + "/issues";
        current = new ListStream("issues", issues + "?" + LIST_ORDER, SINCE)
                .run(session, current, (items, next) -> issues(session, issues, items, next), sink);
        String mergeRequests = root + "/merge_requests";
        new ListStream("merge-requests", mergeRequests + "?" + LIST_ORDER, SINCE)
                .run(session, current, (items, next) -> mergeRequests(session, mergeRequests, items, next), sink);
    }

    /** Commits and tags from the mirror; a tag that has a GitLab release is left to the release, which knows more. */
    private HarvestCursor commitsAndTags(TrackedProject project, HarvestCursor cursor, Releases releases, HarvestSink sink)
            throws ForgeException {
        return mirror.harvest(project, defaultCloneUrl(project), cursor, releases.byTag().keySet(), sink);
    }

    /** One page of the issue list, with the notes of its issues that have any. */
    private static HarvestBatch issues(RestSession session, String issuesPath, List<JsonNode> items, HarvestCursor cursor)
            throws ForgeException {
        List<Issue> issues = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        for (JsonNode item : items) {
            Issue issue = Items.issue(item);
            issues.add(issue);
            if (Items.hasUserNotes(item)) {
                comments.addAll(Notes.read(session, issuesPath, issue.key(), ItemKind.ISSUE, issue.key()).comments());
            }
        }
        return new HarvestBatch(List.of(), List.of(), issues, List.of(), comments, List.of(), cursor);
    }

    /** One page of the merge request list, with the notes (comments and approvals) of those that have any. */
    private static HarvestBatch mergeRequests(RestSession session, String mergeRequestsPath, List<JsonNode> items,
            HarvestCursor cursor) throws ForgeException {
        List<ChangeRequest> changeRequests = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (JsonNode item : items) {
            String iid = item.path("iid").asText();
            Notes notes = Items.hasUserNotes(item)
                    ? Notes.read(session, mergeRequestsPath, iid, ItemKind.CHANGE_REQUEST,
                            Items.mergeRequestKey(iid))
                    : new Notes(List.of(), List.of());
            changeRequests.add(Items.mergeRequest(item, notes.reviews()));
            comments.addAll(notes.comments());
            reviews.addAll(notes.reviews());
        }
        return new HarvestBatch(List.of(), List.of(), List.of(), changeRequests, comments, reviews, cursor);
    }

    private RestSession session(TrackedProject project) throws ForgeException {
        Objects.requireNonNull(project, "project");
        RunTag tag = new RunTag(FORGE, new RequestBudget(settings.requestBudget()), api.home());
        return new RestSession(api, tag, tokens.lease(project.id()));
    }

    /** {@code /projects/group%2Fsub%2Fname}: GitLab takes a project's full path as one URL-encoded segment. */
    static String projectPath(ProjectId id) {
        return "/projects/" + URLEncoder.encode(id.path(), StandardCharsets.UTF_8);
    }

    /** The instance's {@code /group/name.git} beside its API, for a project whose snapshot named no clone URL. */
    private String defaultCloneUrl(TrackedProject project) {
        return webRoot() + project.id().path() + ".git";
    }

    /** The instance's web root: the API URL without its {@code api/v4/}. */
    private String webRoot() {
        HttpUrl home = api.home();
        String apiPath = home.encodedPath();
        String web = apiPath.endsWith("/api/v4/") ? apiPath.substring(0, apiPath.length() - "api/v4/".length()) : "/";
        return home.newBuilder().encodedPath(web).build().toString();
    }

    /**
     * A mirror name no other GitLab path can have: {@code group.sub.name} reads well, but GitLab paths may hold dots
     * ({@code a.b/c} and {@code a/b.c}), so a digest of the full path follows it; bounded like a git project name.
     */
    static String mirrorName(String path) {
        String readable = path.replace('/', '.');
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            String digest = HexFormat.of().formatHex(hash, 0, 6);
            return readable.substring(0, Math.min(readable.length(), 100 - digest.length() - 1)) + "-" + digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static OwnerType ownerType(String kind) {
        if ("group".equals(kind)) {
            return OwnerType.ORGANIZATION;
        }
        return "user".equals(kind) ? OwnerType.USER : OwnerType.UNKNOWN;
    }
}
