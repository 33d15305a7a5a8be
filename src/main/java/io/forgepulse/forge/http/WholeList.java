package io.forgepulse.forge.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.ForgeException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list read from its first page to its last, for lists that are read whole (releases, which no forge filters by
 * update; a GitLab item's notes): its items, the paths of its pages, and whether any page came with content rather
 * than a 304. A caller stores such a list only when it {@link #changed()}, so an unchanged list stores nothing, and
 * {@link #forget}s its pages when storing failed, so the next run reads them again instead of taking a 304.
 */
public record WholeList(List<JsonNode> items, List<String> paths, boolean changed) {

    public static WholeList read(RestSession session, String firstPath) throws ForgeException {
        List<JsonNode> items = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        boolean changed = false;
        for (String path = firstPath; path != null; ) {
            RestClient.Answer page = session.get(path);
            paths.add(path);
            if (!page.body().isArray()) {
                paths.forEach(session::forget);
                throw new ForgeException(session.api().dialect().name() + " answered " + path
                        + " with something other than a list");
            }
            page.body().forEach(items::add);
            changed |= !page.unchanged();
            path = page.next();
        }
        return new WholeList(items, paths, changed);
    }

    /** Drops the pages from the cache: their content was not stored, so the next run must not take a 304 for it. */
    public void forget(RestSession session) {
        paths.forEach(session::forget);
    }
}
