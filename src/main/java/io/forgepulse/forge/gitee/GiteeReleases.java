package io.forgepulse.forge.gitee;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.Release;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.ReleaseMark;
import io.forgepulse.forge.http.RestSession;
import io.forgepulse.forge.http.WholeList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every release, read whole ({@code GET /repos/o/n/releases}, 100 per page): Gitee offers no {@code since} for
 * releases, and a project has few. They are stored when they differ from what the cursor marks stored, so an
 * unchanged list costs its conditional requests and stores nothing.
 *
 * @param byTag the releases by tag name
 */
record GiteeReleases(Map<String, Release> byTag, WholeList pages) {

    static GiteeReleases read(RestSession session, String repoPath) throws ForgeException {
        WholeList pages = WholeList.read(session, repoPath + "/releases?per_page=100");
        Map<String, Release> byTag = new LinkedHashMap<>();
        for (JsonNode item : pages.items()) {
            Release release = GiteeItems.release(item);
            if (release.tag() != null && release.publishedAt() != null) {
                byTag.put(release.tag(), release);
            }
        }
        return new GiteeReleases(Map.copyOf(byTag), pages);
    }

    /**
     * Stores the releases unless the cursor marks these very ones stored ({@link ReleaseMark}: a 304 alone does not say
     * the last run stored them); pages not stored are forgotten, so the next run reads them again.
     */
    void store(RestSession session, HarvestCursor cursor, HarvestSink sink) {
        ReleaseMark.store(cursor, byTag.values(), sink, () -> pages.forget(session));
    }
}
