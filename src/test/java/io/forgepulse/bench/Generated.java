package io.forgepulse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated projects of the request benchmarks: copies of recorded items with new numbers, ids and times, one
 * hour apart from 2020-01-01, and the updates a re-harvest finds.
 */
final class Generated {

    private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    /** Items touched by an update get times after every generated one. */
    private static final int LATER = 100_000;

    private Generated() {
    }

    /** When nothing happens on the forge: the connectors' clocks stand at the first generated time. */
    static Instant start() {
        return START;
    }

    /** The {@code n}-th hour, in UTC as GitHub and GitLab write it. */
    static String at(int n) {
        return at(n, ZoneOffset.UTC);
    }

    /** The {@code n}-th hour at {@code offset}, as Gitee writes it ({@code +08:00}). */
    static String at(int n, ZoneOffset offset) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(START.plusSeconds(3600L * n).atOffset(offset));
    }

    /** {@code count} copies of {@code shapes}, taken in turn: the n-th (from 1) is a copy of shape (n-1) mod size. */
    static List<ObjectNode> copies(List<JsonNode> shapes, int count) {
        List<ObjectNode> copies = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            copies.add(shapes.get((n - 1) % shapes.size()).deepCopy());
        }
        return copies;
    }

    /**
     * Updates {@code count} items spread over the list, in UTC: they move to its end, as a list sorted by update has
     * them; returns them.
     */
    static List<ObjectNode> touch(List<JsonNode> items, int count) {
        return touch(items, count, ZoneOffset.UTC);
    }

    /** As {@link #touch(List, int)}, with update times at {@code offset}. */
    static List<ObjectNode> touch(List<JsonNode> items, int count, ZoneOffset offset) {
        List<ObjectNode> touched = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            ObjectNode item = (ObjectNode) items.remove(k * (items.size() / Math.max(1, count)) % items.size());
            item.put("updated_at", at(LATER + k, offset));
            items.add(item);
            touched.add(item);
        }
        return touched;
    }

    /** As {@link #added(int, ZoneOffset)}, in UTC. */
    static String added(int k) {
        return added(k, ZoneOffset.UTC);
    }

    /** The time of the {@code k}-th item added after the first harvest (a new comment), later than every update. */
    static String added(int k, ZoneOffset offset) {
        return at(2 * LATER + k, offset);
    }
}
