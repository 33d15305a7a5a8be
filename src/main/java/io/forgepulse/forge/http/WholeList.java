package io.forgepulse.forge.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.ForgeException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list read from its first page to its last, for lists that are read whole (releases, which no forge filters by
 * update; a GitLab item's notes): its items and the paths of its pages (a 304 page's items are the cached ones). A
 * caller {@link #forget}s its pages when storing failed, so the next run reads them again instead of taking a 304.
 */
public record WholeList(List<JsonNode> items, List<String> paths) {

    public static WholeList read(RestSession session, String firstPath) throws ForgeException {
        List<JsonNode> items = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String path = firstPath; path != null; ) {
            RestClient.Answer page = session.get(path);
            paths.add(path);
            if (!page.body().isArray()) {
                paths.forEach(session::forget);
                throw new ForgeException(session.api().dialect().name() + " answered " + path
                        + " with something other than a list");
            }
            page.body().forEach(items::add);
            path = page.next();
        }
        return new WholeList(items, paths);
    }

    /** Drops the pages from the cache: their content was not stored, so the next run must not take a 304 for it. */
    public void forget(RestSession session) {
        paths.forEach(session::forget);
    }
}
