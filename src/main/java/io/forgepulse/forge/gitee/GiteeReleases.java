package io.forgepulse.forge.gitee;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.Release;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.http.ListStream;
import io.forgepulse.forge.http.RestClient;
import io.forgepulse.forge.http.RestSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every release, read whole ({@code GET /repos/o/n/releases}, 100 per page): Gitee offers no {@code since} for
 * releases, and a project has few. The store writes only what changed, so an unchanged list stores nothing.
 */
record GiteeReleases(Map<String, Release> byTag, List<String> pages) {

    static GiteeReleases read(RestSession session, String repoPath) throws ForgeException {
        Map<String, Release> byTag = new LinkedHashMap<>();
        List<String> pages = new ArrayList<>();
        String path = repoPath + "/releases?per_page=100";
        while (path != null) {
            RestClient.Answer page = session.get(path);
            pages.add(path);
            for (JsonNode item : ListStream.items(session, path, page.body())) {
                Release release = GiteeItems.release(item);
                if (release.tag() != null && release.publishedAt() != null) {
                    byTag.put(release.tag(), release);
                }
            }
            path = page.next();
        }
        return new GiteeReleases(Map.copyOf(byTag), List.copyOf(pages));
    }

    /** Stores the releases; pages that could not be stored are dropped from the cache, so the next run reads them. */
    void store(RestSession session, HarvestCursor cursor, HarvestSink sink) {
        if (byTag.isEmpty()) {
            return;
        }
        try {
            sink.accept(HarvestBatch.ofReleases(List.copyOf(byTag.values()), cursor));
        } catch (RuntimeException e) {
            pages.forEach(session::forget);
            throw e;
        }
    }
}
