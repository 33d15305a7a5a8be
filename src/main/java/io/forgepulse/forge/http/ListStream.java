package io.forgepulse.forge.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A list sorted by update time, ascending (GitHub {@code sort=updated&direction=asc}, GitLab
 * {@code order_by=updated_at&sort=asc}, Gitee {@code sort=updated&direction=asc}), 100 per page, read from where the
 * last run stopped; each page becomes one batch stored with its cursor. Items carry {@code updated_at} and {@code id},
 * as on all three forges; pages follow the forge's {@link Paging}.
 *
 * <p>The cursor holds the mark: the latest {@code updated_at} stored and the ids stored at that very second. A run
 * asks for the items updated since (a second before) the mark and keeps what is newer than the mark, or at the mark
 * but not stored yet; so an item updated any number of times, or moved by deleted ones, is read again.
 * When a run moves the mark it asks once more from the new mark, until a pass brings nothing new: that last request
 * is the one the next run sends again, so an unchanged list costs one conditional request, answered 304.
 */
public final class ListStream {

    /** Turns the fresh items of one page into a batch carrying {@code cursor}. */
    @FunctionalInterface
    public interface PageReader {
        HarvestBatch read(List<JsonNode> items, HarvestCursor cursor) throws ForgeException;
    }

    private final String name;
    private final String firstPath;
    private final String sinceParameter;

    /**
     * @param name the cursor stream ("issues", ...); its mark is stored as {@code name + ".updated"} and {@code ".ids"}
     * @param firstPath the list's first page, without the "since" parameter
     * @param sinceParameter the forge's name for "updated at or after" ({@code since}, {@code updated_after})
     */
    public ListStream(String name, String firstPath, String sinceParameter) {
        this.name = name;
        this.firstPath = firstPath;
        this.sinceParameter = sinceParameter;
    }

    /**
     * Reads the list from the stored mark. The first page's total ({@link RestClient.Answer#listTotal}) is told to the
     * sink as what this stream hands over; the confirming passes after it are not, as they mostly repeat items stored.
     */
    public HarvestCursor run(RestSession session, HarvestCursor cursor, PageReader reader, HarvestSink sink)
            throws ForgeException {
        boolean[] told = {false};
        return ListMark.passes(cursor, name, (current, passStart) -> {
            // A second before the mark: items at the mark are asked for whether the forge's filter includes its own
            // second or not, so an item tied with the last stored one (and not stored yet) is never skipped.
            String path = passStart.updated() == null ? firstPath
                    : firstPath + "&" + sinceParameter + "=" + passStart.updated().toInstant().minusSeconds(1);
            ListMark mark = passStart;
            HarvestCursor stored = current;
            while (path != null) {
                RestClient.Answer page = session.get(path);
                if (!told[0] && page.listTotal() != null) {
                    sink.expect(name, page.listTotal());
                }
                told[0] = true;
                stored = store(session, path, page.body(), mark, stored, reader, sink);
                mark = ListMark.of(stored, name); // as stored: the cursor keeps a bounded number of ids
                path = page.next();
            }
            return stored;
        });
    }

    /** Stores the page's items not {@code stored} yet, with the mark moved over the whole page. */
    private HarvestCursor store(RestSession session, String path, JsonNode body, ListMark stored, HarvestCursor current,
            PageReader reader, HarvestSink sink) throws ForgeException {
        ListMark mark = stored;
        List<JsonNode> fresh = new ArrayList<>();
        for (JsonNode item : items(session, path, body)) {
            OffsetDateTime updated = ListMark.updatedAt(item);
            String id = item.path("id").asText();
            if (!stored.stored(updated, id)) {
                fresh.add(item);
            }
            mark = mark.with(updated, id);
        }
        if (fresh.isEmpty()) {
            return current;
        }
        return store(session, path, fresh, mark.into(current, name), reader, sink);
    }

    /** The items of a list page; an answer that is no list is dropped from the cache and fails the run. */
    public static JsonNode items(RestSession session, String path, JsonNode body) throws ForgeException {
        if (!body.isArray()) {
            session.forget(path);
            throw new ForgeException(session.api().dialect().name() + " answered " + path
                    + " with something other than a list");
        }
        return body;
    }

    /**
     * Hands the page's fresh items to the sink as one batch with {@code cursor}, and returns the cursor the batch kept.
     * A page that could not be stored is dropped from the cache, so the next run reads it from the forge again.
     */
    static HarvestCursor store(RestSession session, String path, List<JsonNode> fresh, HarvestCursor cursor,
            PageReader reader, HarvestSink sink) throws ForgeException {
        try {
            // The reader may move other streams too (pulls whose details are pending), so its cursor is the one kept.
            HarvestBatch batch = reader.read(fresh, cursor);
            sink.accept(batch);
            return batch.cursor();
        } catch (ForgeException | RuntimeException e) {
            session.forget(path);
            throw e;
        }
    }
}
