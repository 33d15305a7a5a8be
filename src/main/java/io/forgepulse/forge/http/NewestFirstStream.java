package io.forgepulse.forge.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list that has no "updated since" filter, read newest update first (Gitee's pulls:
 * {@code sort=updated&direction=desc}) down to the mark the last run stored, one batch per page with its cursor.
 *
 * <p>The mark is {@link ListStream}'s (latest update stored, ids at that second), but it moves only with the page on
 * which the pass reaches it (an item updated before the mark, or every item stored at the mark seen again) or the list
 * ends: the pages before carry the old mark.
 * So a run that stops between pages leaves a mark under which nothing is missing, and the next run reads again from
 * the newest page, storing what it already stored once more (the store's writes are idempotent) until it reaches the
 * old mark. A run that moved the mark reads the newest page once more, for what was updated during its pass; an
 * unchanged list costs that one request.
 *
 * <p>Page-number paging under a list sorted by update: an item updated during a pass moves to the first page and
 * pushes the others one place down (a page shows an item twice, which is harmless); an item deleted during a pass
 * pulls the others one place up, and the one that crosses the page boundary at that moment is read at the next
 * update of it.
 */
public final class NewestFirstStream {

    private final String name;
    private final String firstPath;

    /**
     * @param name the cursor stream ("pulls"); its mark is stored as {@code name + ".updated"} and {@code ".ids"}
     * @param firstPath the list's first page, newest update first
     */
    public NewestFirstStream(String name, String firstPath) {
        this.name = name;
        this.firstPath = firstPath;
    }

    public HarvestCursor run(RestSession session, HarvestCursor cursor, ListStream.PageReader reader, HarvestSink sink)
            throws ForgeException {
        return ListMark.passes(cursor, name, (current, passStart) -> pass(session, current, passStart, reader, sink));
    }

    /** Reads from the newest page down to {@code stored}; the mark moves with the page that reaches it. */
    private HarvestCursor pass(RestSession session, HarvestCursor cursor, ListMark stored, ListStream.PageReader reader,
            HarvestSink sink) throws ForgeException {
        HarvestCursor current = cursor;
        ListMark newest = stored;
        String path = firstPath;
        while (path != null) {
            RestClient.Answer page = session.get(path);
            if (stored.equals(ListMark.NONE) && path.equals(firstPath) && page.listTotal() != null) {
                // Read to its end only the first time: later runs stop at the mark, well before the list's total.
                sink.expect(name, page.listTotal());
            }
            List<JsonNode> fresh = new ArrayList<>();
            Set<String> seenAtMark = new HashSet<>();
            boolean reached = false;
            for (JsonNode item : ListStream.items(session, path, page.body())) {
                OffsetDateTime updated = ListMark.updatedAt(item);
                String id = item.path("id").asText();
                if (!stored.stored(updated, id)) {
                    fresh.add(item);
                }
                newest = newest.with(updated, id);
                if (updated != null && stored.updated() != null) {
                    reached |= updated.isBefore(stored.updated());
                    if (updated.isEqual(stored.updated())) {
                        seenAtMark.add(id);
                    }
                }
            }
            // Every item stored at the mark seen again: what follows is older, or tied with them and stored.
            reached |= !stored.ids().isEmpty() && seenAtMark.containsAll(stored.ids());
            boolean last = reached || page.next() == null;
            boolean moves = last && !newest.equals(stored);
            if (!fresh.isEmpty() || moves) {
                current = ListStream.store(session, path, fresh, moves ? newest.into(current, name) : current, reader,
                        sink);
            }
            path = last ? null : page.next();
        }
        return current;
    }
}
