package io.forgepulse.forge.http;

import io.forgepulse.domain.Forge;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.TrackedProject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;

/**
 * A forge project's commits, tags and files at HEAD, read from a git mirror of its clone URL, which costs no API
 * request. The clone URL comes from the forge's answer only when it is the forge's own ({@link #remember}), else the
 * location override of the tracked project ({@code gitee:owner/name=URL}), else the forge's usual one.
 */
public final class GitMirror {

    private final ForgeConnector git;
    private final HttpUrl apiRoot;
    private final UnaryOperator<String> mirrorName;
    /** Clone URLs as the last snapshot read them, so self-hosted instances need no extra setting. */
    private final Map<ProjectId, String> cloneUrls = new ConcurrentHashMap<>();

    /**
     * @param git the plain-git connector over the forge's own mirrors directory
     * @param apiRoot the forge's API root; a clone URL from an answer is followed only on its host
     */
    public GitMirror(ForgeConnector git, HttpUrl apiRoot) {
        this(git, apiRoot, path -> path.replace('/', '.'));
    }

    /**
     * @param mirrorName the mirror's name for a project path, one no other path of the forge can have (GitHub's
     *        {@code owner/name} as {@code owner.name}; GitLab's paths may hold dots, so it adds a digest)
     */
    public GitMirror(ForgeConnector git, HttpUrl apiRoot, UnaryOperator<String> mirrorName) {
        this.git = git;
        this.apiRoot = apiRoot;
        this.mirrorName = mirrorName;
    }

    /**
     * Whether a clone URL from an answer is the forge's own: https (or the API's scheme) on the API host, or on the
     * host the API host names with its {@code api.} prefix dropped (api.github.com clones from github.com). Any other
     * clone URL in an answer is not followed: the mirror would fetch from wherever a hostile answer points.
     */
    public static boolean isOwnCloneUrl(HttpUrl apiRoot, String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null || !parsed.scheme().equals(apiRoot.scheme()) && !parsed.isHttps()) {
            return false;
        }
        return parsed.host().equals(apiRoot.host()) || ("api." + parsed.host()).equals(apiRoot.host());
    }

    /** Keeps the clone URL an answer named for {@code project}, when it is the forge's own. */
    public void remember(ProjectId project, String cloneUrl) {
        if (isOwnCloneUrl(apiRoot, cloneUrl)) {
            cloneUrls.put(project, cloneUrl);
        }
    }

    public ProjectSnapshot snapshot(TrackedProject project, String defaultCloneUrl) throws ForgeException {
        return git.snapshot(gitProject(project, defaultCloneUrl));
    }

    /** The trees past instants saw, from the mirror as the last snapshot fetched it ({@link ForgeConnector#treesAt}). */
    public Map<Instant, ProjectSnapshot> treesAt(TrackedProject project, String defaultCloneUrl, List<Instant> instants)
            throws ForgeException {
        return git.treesAt(gitProject(project, defaultCloneUrl), instants);
    }

    /** Commits and tags from the mirror; a tag in {@code releaseTags} is left to the forge's release, which knows more. */
    public HarvestCursor harvest(TrackedProject project, String defaultCloneUrl, HarvestCursor cursor,
            Set<String> releaseTags, HarvestSink sink) throws ForgeException {
        AtomicReference<HarvestCursor> latest = new AtomicReference<>(cursor);
        git.harvest(gitProject(project, defaultCloneUrl), cursor, new HarvestSink() {
            @Override
            public void accept(HarvestBatch batch) {
                var tags = batch.releases().stream().filter(r -> !releaseTags.contains(r.tag())).toList();
                sink.accept(new HarvestBatch(batch.commits(), tags, batch.issues(), batch.changeRequests(),
                        batch.comments(), batch.reviews(), batch.cursor()));
                latest.set(batch.cursor());
            }

            @Override
            public void expect(String stream, int items) {
                sink.expect(stream, items); // the mirror's commit count is the forge project's
            }
        });
        return latest.get();
    }

    /**
     * The project as the git connector sees it: the location override (tests use a local {@code file://} repository),
     * else the clone URL of the last snapshot, else {@code defaultCloneUrl}; mirrored under its {@code mirrorName}.
     */
    private TrackedProject gitProject(TrackedProject project, String defaultCloneUrl) {
        String path = project.id().path();
        String location = project.location() != null && !project.location().isBlank() ? project.location()
                : cloneUrls.getOrDefault(project.id(), defaultCloneUrl);
        return new TrackedProject(new ProjectId(Forge.GIT, mirrorName.apply(path)), location);
    }
}
