package io.forgepulse.forge.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list's mark, as its cursor keeps it: the latest update time stored, and the ids of the items stored with that very
 * time. Shared by the readers that go oldest first ({@link ListStream}) and newest first ({@link NewestFirstStream}).
 */
record ListMark(OffsetDateTime updated, Set<String> ids) {

    static final ListMark NONE = new ListMark(null, Set.of());

    /** One pass over a list from the mark it starts at; returns the cursor its last stored batch kept. */
    @FunctionalInterface
    interface Pass {
        HarvestCursor read(HarvestCursor cursor, ListMark passStart) throws ForgeException;
    }
    static final int MAX_IDS = 1000;

    /**
     * Runs passes until one leaves the mark where it found it: a pass that moved the mark is followed by one from the
     * new mark, for what changed meanwhile, and that last request is the one the next run sends again.
     */
    static HarvestCursor passes(HarvestCursor cursor, String name, Pass pass) throws ForgeException {
        HarvestCursor current = cursor;
        ListMark mark = of(cursor, name);
        ListMark passStart;
        do {
            passStart = mark;
            current = pass.read(current, passStart);
            mark = of(current, name); // as stored: the cursor keeps a bounded number of ids
        } while (!mark.equals(passStart));
        return current;
    }

    static ListMark of(HarvestCursor cursor, String name) {
        OffsetDateTime updated = cursor.position(name + ".updated").map(OffsetDateTime::parse).orElse(null);
        Set<String> ids = new TreeSet<>();
        cursor.position(name + ".ids").filter(p -> !p.isBlank()).ifPresent(p -> ids.addAll(List.of(p.split(","))));
        return updated == null ? NONE : new ListMark(updated, ids);
    }

    boolean stored(OffsetDateTime time, String id) {
        return updated != null && time != null && (time.isBefore(updated) || time.isEqual(updated) && ids.contains(id));
    }

    ListMark with(OffsetDateTime time, String id) {
        if (time == null || updated != null && time.isBefore(updated)) {
            return this;
        }
        Set<String> next = new TreeSet<>(updated != null && time.isEqual(updated) ? ids : Set.of());
        next.add(id);
        return new ListMark(time, next);
    }

    /**
     * At most {@value #MAX_IDS} ids are kept (a bulk edit can touch thousands of items in one second): the cursor
     * must fit its column, and an item at the mark left out of them is only stored again, never lost.
     */
    HarvestCursor into(HarvestCursor cursor, String name) {
        return updated == null ? cursor : cursor.with(name + ".updated", updated.toString())
                .with(name + ".ids", String.join(",", ids.stream().limit(MAX_IDS).toList()));
    }

    /** {@code updated_at} with its offset (Gitee writes +08:00); an item without one is never taken as stored. */
    static OffsetDateTime updatedAt(JsonNode item) {
        return ItemFields.time(item, "updated_at");
    }
}
