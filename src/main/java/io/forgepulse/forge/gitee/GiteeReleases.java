package io.forgepulse.forge.gitee;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.Release;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.http.RestSession;
import io.forgepulse.forge.http.WholeList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every release, read whole ({@code GET /repos/o/n/releases}, 100 per page): Gitee offers no {@code since} for
 * releases, and a project has few. They are stored only when a page came with content, so an unchanged list costs
 * its conditional requests and stores nothing.
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

    /** Stores the releases when a page changed; pages not stored are forgotten, so the next run reads them again. */
    void store(RestSession session, HarvestCursor cursor, HarvestSink sink) {
        if (!pages.changed() || byTag.isEmpty()) {
            return;
        }
        try {
            sink.accept(HarvestBatch.ofReleases(List.copyOf(byTag.values()), cursor));
        } catch (RuntimeException e) {
            pages.forget(session);
            throw e;
        }
    }
}
