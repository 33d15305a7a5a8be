package io.forgepulse.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Forge;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.OwnerType;
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
import io.forgepulse.forge.http.RequestBudget;
import io.forgepulse.forge.http.RestSession;
import io.forgepulse.forge.http.RunTag;
import io.forgepulse.forge.http.TokenPool;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.OkHttpClient;

/**
 * {@code github:owner/name} projects, spending as few API requests as possible:
 * <ul>
 *   <li>snapshot: one {@code GET /repos/owner/name} (counts, owner type, license, topics); the files at HEAD and
 *       the commits and tags come from a git mirror of the clone URL, which costs no API request;</li>
 *   <li>issues and pull requests from one repository-wide {@code /issues} list (pulls are the items with
 *       {@code pull_request}); merge facts and reviews of the pulls that changed from GraphQL, 100 pulls a query
 *       ({@link PullRequestDetails});</li>
 *   <li>issue comments and review comments from their repository-wide lists;</li>
 *   <li>through hub4j ({@link HubRepository}, which reads {@code /repos/owner/name} once more per run, a 304): releases,
 *       and with {@code forgepulse.github.commits=api} the commits ({@link ApiCommits}).</li>
 * </ul>
 * Lists are read 100 per page since the latest update the last run stored (see {@link ListStream}); every request is
 * conditional, so an unchanged project costs one 304 per list.
 *
 * <p>Without a mirror (commits from the API) the files at HEAD and the tags are not read: the snapshot has no files,
 * and a tag without a GitHub release is no release here (tags through the API have no date without one request per
 * tag).
 */
public final class GitHubConnector implements ForgeConnector {

    private static final String FORGE = Forge.GITHUB.id();
    /** Repository-wide lists, oldest update first, read {@code since} the stored mark. */
    private static final String LIST_ORDER = "sort=updated&direction=asc&per_page=100";

    private final OkHttpClient client;
    private final GitHubApi api;
    private final TokenPool tokens;
    private final GitHubSettings settings;
    private final GitMirror mirror;
    private final Clock clock;

    /**
     * @param client the shared forge client (cache, retries, accounting)
     * @param git the plain-git connector that reads mirrors; unused when {@code settings.commitsFromGit()} is off
     */
    public GitHubConnector(GitHubSettings settings, OkHttpClient client, ForgeConnector git, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = Objects.requireNonNull(client, "client");
        this.api = new GitHubApi(client, settings.apiUrl());
        this.tokens = new TokenPool("GitHub", settings.tokens());
        this.mirror = new GitMirror(git, api.home());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Forge forge() {
        return Forge.GITHUB;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.TRACKER, Capability.FINDS_REPOSITORY);
    }

    @Override
    public ProjectSnapshot snapshot(TrackedProject project) throws ForgeException {
        JsonNode repo;
        try (Session session = session(project)) {
            repo = session.get(session.repo("")).body();
        }
        mirror.remember(project.id(), Items.text(repo, "clone_url"));
        ProjectSnapshot files = settings.commitsFromGit() ? mirror.snapshot(project, defaultCloneUrl(project)) : null;
        JsonNode owner = repo.path("owner");
        String spdx = Items.text(repo.path("license"), "spdx_id");
        List<String> topics = new ArrayList<>();
        repo.path("topics").forEach(t -> topics.add(t.asText()));
        return new ProjectSnapshot(clock.instant(), Items.text(repo, "default_branch"),
                files == null ? null : files.headSha(),
                repo.path("stargazers_count").asInt(), repo.path("forks_count").asInt(),
                repo.path("subscribers_count").asInt(), repo.path("open_issues_count").asInt(),
                repo.path("archived").asBoolean(), Items.time(repo, "created_at"),
                ownerType(Items.text(owner, "type")), Items.login(owner),
                spdx == null || "NOASSERTION".equals(spdx) ? null : spdx,
                topics, files == null ? List.of() : files.files());
    }

    /** The files of the mirror's trees at past instants (no API request). */
    @Override
    public Map<Instant, ProjectSnapshot> treesAt(TrackedProject project, List<Instant> instants) throws ForgeException {
        // Without a mirror no file is read, today or in the past.
        return settings.commitsFromGit() ? mirror.treesAt(project, defaultCloneUrl(project), instants) : Map.of();
    }

    @Override
    public void harvest(TrackedProject project, HarvestCursor cursor, HarvestSink sink) throws ForgeException {
        Objects.requireNonNull(sink, "sink");
        try (Session session = session(project)) {
            harvest(project, session, cursor == null ? HarvestCursor.EMPTY : cursor, sink);
        }
    }

    private void harvest(TrackedProject project, Session session, HarvestCursor cursor, HarvestSink sink)
            throws ForgeException {
        HarvestCursor current = cursor;
        HubRepository hub = HubRepository.open(client, settings.apiUrl(), session);
        Releases releases = Releases.read(hub);
        // Stored before the commits, so a failure there cannot lose releases whose pages the cache now holds.
        releases.store(hub, current, sink);
        current = settings.commitsFromGit()
                ? mirror.harvest(project, defaultCloneUrl(project), current, releases.byTag().keySet(), sink)
                : new ApiCommits(hub).run(current, sink);
        current = list("issues", session.repo("/issues?state=all&" + LIST_ORDER))
                .run(session.rest(), current, (items, next) -> issuesAndPulls(session, items, next), sink);
        current = completePendingPulls(session, current, sink);
        current = list("issue-comments", session.repo("/issues/comments?" + LIST_ORDER))
                .run(session.rest(), current, (items, next) -> comments(items, false, next), sink);
        list("review-comments", session.repo("/pulls/comments?" + LIST_ORDER))
                .run(session.rest(), current, (items, next) -> comments(items, true, next), sink);
    }

    /**
     * One page of the issue list. With a token, pulls are stored as the list shows them and their merge facts and
     * reviews are read by GraphQL {@value PullRequestDetails#BATCH} at a time, as soon as that many are pending, in the
     * same batch as the page that completed the hundred. Anonymous GraphQL is refused, so without a token a merged
     * pull costs one REST request for {@code merged_by}, and reviews are not read.
     */
    private static HarvestBatch issuesAndPulls(Session session, List<JsonNode> items, HarvestCursor cursor)
            throws ForgeException {
        List<Issue> issues = new ArrayList<>();
        Map<String, ChangeRequest> pulls = new LinkedHashMap<>();
        for (JsonNode item : items) {
            if (!Items.isPullRequest(item)) {
                issues.add(Items.issue(item));
            } else {
                JsonNode details = !session.canQueryGraphQl() && Items.needsDetails(item)
                        ? session.get(session.repo("/pulls/" + item.path("number").asText())).body()
                        : null;
                ChangeRequest pull = Items.changeRequest(item, details);
                pulls.put(pull.key(), pull);
            }
        }
        if (!session.canQueryGraphQl()) {
            return new HarvestBatch(List.of(), List.of(), issues, List.copyOf(pulls.values()), List.of(), List.of(), cursor);
        }
        PendingPulls pending = PendingPulls.of(cursor).plus(pulls.keySet());
        if (pending.size() < PullRequestDetails.BATCH) {
            return new HarvestBatch(List.of(), List.of(), issues, List.copyOf(pulls.values()), List.of(), List.of(),
                    pending.into(cursor));
        }
        List<String> numbers = pending.first(PullRequestDetails.BATCH);
        PullRequestDetails.Details details = PullRequestDetails.read(session, numbers);
        details.pulls().forEach(pull -> pulls.put(pull.key(), pull)); // GraphQL's version knows more
        return new HarvestBatch(List.of(), List.of(), issues, List.copyOf(pulls.values()), List.of(), details.reviews(),
                pending.without(numbers).into(cursor));
    }

    /** The pulls still pending after the issue list, {@value PullRequestDetails#BATCH} per query and batch. */
    private static HarvestCursor completePendingPulls(Session session, HarvestCursor cursor, HarvestSink sink)
            throws ForgeException {
        if (!session.canQueryGraphQl()) {
            return cursor;
        }
        PendingPulls pending = PendingPulls.of(cursor);
        HarvestCursor current = cursor;
        while (pending.size() > 0) {
            List<String> numbers = pending.first(PullRequestDetails.BATCH);
            PullRequestDetails.Details details = PullRequestDetails.read(session, numbers);
            pending = pending.without(numbers);
            current = pending.into(current);
            sink.accept(new HarvestBatch(List.of(), List.of(), List.of(), details.pulls(), List.of(), details.reviews(),
                    current));
        }
        return current;
    }

    private static HarvestBatch comments(List<JsonNode> items, boolean review, HarvestCursor cursor) {
        return new HarvestBatch(List.of(), List.of(), List.of(), List.of(),
                items.stream().map(i -> Items.comment(i, review)).toList(), List.of(), cursor);
    }

    private static ListStream list(String name, String firstPath) {
        return new ListStream(name, firstPath, "since");
    }

    private Session session(TrackedProject project) throws ForgeException {
        Objects.requireNonNull(project, "project");
        RunTag tag = new RunTag(FORGE, new RequestBudget(settings.requestBudget()), api.home());
        return new Session(api, new RestSession(api.rest(), tag, tokens.lease(project.id())), project.id().path());
    }

    /** github.com's clone URL, used until a snapshot named the project's own (Enterprise hosts). */
    private static String defaultCloneUrl(TrackedProject project) {
        return "https://github.com/" + project.id().path() + ".git";
    }

    private static OwnerType ownerType(String type) {
        if ("Organization".equals(type)) {
            return OwnerType.ORGANIZATION;
        }
        return "User".equals(type) ? OwnerType.USER : OwnerType.UNKNOWN;
    }
}
