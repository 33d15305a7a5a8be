package io.forgepulse.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A repository-wide list sorted by update time, ascending ({@code sort=updated&direction=asc&per_page=100}),
 * read page by page from where the last run stopped; each page becomes one batch stored with its cursor.
 *
 * <p>The cursor holds the path of the last stored page and the latest {@code updated_at} stored. Starting again at
 * that very page (instead of a new {@code since=} URL) is what makes an unchanged re-harvest one conditional
 * request answered 304. Items updated since move to the end of the list, so they are on that page or after it;
 * items shifted the other way were already stored. Items older than the mark are not emitted again. Should the list
 * shrink below the stored page (deleted or transferred issues), the run asks for the items updated since the mark.
 */
final class ListStream {

    /** Turns the fresh items of one page into a batch carrying {@code cursor}. */
    @FunctionalInterface
    interface PageReader {
        HarvestBatch read(List<JsonNode> items, HarvestCursor cursor) throws ForgeException;
    }

    private final String name;
    private final String firstPath;

    /**
     * @param name the cursor stream ("issues", ...); its mark is stored as {@code name + ".updated"}
     * @param firstPath the first page of a first harvest
     */
    ListStream(String name, String firstPath) {
        this.name = name;
        this.firstPath = firstPath;
    }

    HarvestCursor run(Session session, HarvestCursor cursor, PageReader reader, HarvestSink sink) throws ForgeException {
        String start = cursor.position(name).orElse(firstPath);
        OffsetDateTime mark = cursor.position(name + ".updated").map(OffsetDateTime::parse).orElse(null);
        HarvestCursor current = cursor;
        String path = start;
        while (path != null) {
            GitHubApi.Page page = session.get(path);
            boolean resumed = path.equals(start) && cursor.position(name).isPresent();
            if (resumed && mark != null && !start.equals(firstPath) && page.body().isArray() && page.body().isEmpty()) {
                // The list shrank below the stored page (issues deleted as spam, or transferred): what changed since
                // now sits on earlier pages, so ask for it by date instead. One more request, in this case only.
                path = firstPath + "&since=" + mark.toInstant();
                continue;
            }
            if (!(resumed && page.unchanged())) {
                current = store(session, path, page.body(), mark, current, reader, sink);
            }
            path = page.next();
        }
        return current;
    }

    private HarvestCursor store(Session session, String path, JsonNode body, OffsetDateTime mark, HarvestCursor current,
            PageReader reader, HarvestSink sink) throws ForgeException {
        if (!body.isArray()) {
            session.api().forget(path);
            throw new ForgeException("GitHub answered " + path + " with something other than a list");
        }
        List<JsonNode> fresh = new ArrayList<>();
        OffsetDateTime latest = mark;
        for (JsonNode item : body) {
            OffsetDateTime updated = Items.time(item, "updated_at");
            if (mark == null || updated == null || !updated.isBefore(mark)) {
                fresh.add(item);
            }
            if (updated != null && (latest == null || updated.isAfter(latest))) {
                latest = updated;
            }
        }
        HarvestCursor next = current.with(name, path);
        if (latest != null) {
            next = next.with(name + ".updated", latest.toString());
        }
        try {
            // The reader may move other streams too (pulls whose details are pending), so its cursor is the one kept.
            HarvestBatch batch = reader.read(fresh, next);
            if (batch.size() > 0 || !batch.cursor().equals(current)) {
                sink.accept(batch);
            }
            return batch.cursor();
        } catch (ForgeException | RuntimeException e) {
            // Not stored, so it must not look "unchanged" to the next run.
            session.api().forget(path);
            throw e;
        }
    }
}
