package io.forgepulse.forge.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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

    /** The latest update time stored, and the ids of the items stored with that very time. */
    private record Mark(OffsetDateTime updated, Set<String> ids) {

        static final Mark NONE = new Mark(null, Set.of());
        static final int MAX_IDS = 1000;

        static Mark of(HarvestCursor cursor, String name) {
            OffsetDateTime updated = cursor.position(name + ".updated").map(OffsetDateTime::parse).orElse(null);
            Set<String> ids = new TreeSet<>();
            cursor.position(name + ".ids").filter(p -> !p.isBlank()).ifPresent(p -> ids.addAll(List.of(p.split(","))));
            return updated == null ? NONE : new Mark(updated, ids);
        }

        boolean stored(OffsetDateTime time, String id) {
            return updated != null && time != null && (time.isBefore(updated) || time.isEqual(updated) && ids.contains(id));
        }

        Mark with(OffsetDateTime time, String id) {
            if (time == null || updated != null && time.isBefore(updated)) {
                return this;
            }
            Set<String> next = new TreeSet<>(updated != null && time.isEqual(updated) ? ids : Set.of());
            next.add(id);
            return new Mark(time, next);
        }

        /**
         * At most {@value #MAX_IDS} ids are kept (a bulk edit can touch thousands of items in one second): the cursor
         * must fit its column, and an item at the mark left out of them is only stored again, never lost.
         */
        HarvestCursor into(HarvestCursor cursor, String name) {
            return updated == null ? cursor : cursor.with(name + ".updated", updated.toString())
                    .with(name + ".ids", String.join(",", ids.stream().limit(MAX_IDS).toList()));
        }
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

    public HarvestCursor run(RestSession session, HarvestCursor cursor, PageReader reader, HarvestSink sink)
            throws ForgeException {
        HarvestCursor current = cursor;
        Mark mark = Mark.of(cursor, name);
        Mark passStart;
        do {
            passStart = mark;
            // A second before the mark: items at the mark are asked for whether the forge's filter includes its own
            // second or not, so an item tied with the last stored one (and not stored yet) is never skipped.
            String path = mark.updated() == null ? firstPath
                    : firstPath + "&" + sinceParameter + "=" + mark.updated().toInstant().minusSeconds(1);
            while (path != null) {
                RestClient.Answer page = session.get(path);
                current = store(session, path, page.body(), mark, current, reader, sink);
                mark = Mark.of(current, name); // as stored: the cursor keeps a bounded number of ids
                path = page.next();
            }
        } while (!Objects.equals(mark, passStart));
        return current;
    }

    /** Stores the page's items not {@code stored} yet, with the mark moved over the whole page. */
    private HarvestCursor store(RestSession session, String path, JsonNode body, Mark stored, HarvestCursor current,
            PageReader reader, HarvestSink sink) throws ForgeException {
        if (!body.isArray()) {
            session.forget(path);
            throw new ForgeException(session.api().dialect().name() + " answered " + path
                    + " with something other than a list");
        }
        Mark mark = stored;
        List<JsonNode> fresh = new ArrayList<>();
        for (JsonNode item : body) {
            OffsetDateTime updated = ItemFields.time(item, "updated_at");
            String id = item.path("id").asText();
            if (!stored.stored(updated, id)) {
                fresh.add(item);
            }
            mark = mark.with(updated, id);
        }
        if (fresh.isEmpty()) {
            return current;
        }
        try {
            // The reader may move other streams too (pulls whose details are pending), so its cursor is the one kept.
            HarvestBatch batch = reader.read(fresh, mark.into(current, name));
            sink.accept(batch);
            return batch.cursor();
        } catch (ForgeException | RuntimeException e) {
            // Not stored: the next run reads the page from the forge again, not from the cache.
            session.forget(path);
            throw e;
        }
    }
}
