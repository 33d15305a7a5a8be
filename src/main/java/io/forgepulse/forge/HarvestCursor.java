package io.forgepulse.forge;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each event stream of a project stopped, stored with the batch it belongs to.
 * Keys are stream names ("commits", "issues", ...); values are opaque to everyone but the connector.
 */
public record HarvestCursor(Map<String, String> positions) {

    public static final HarvestCursor EMPTY = new HarvestCursor(Map.of());

    public HarvestCursor {
        positions = Map.copyOf(positions);
    }

    public Optional<String> position(String stream) {
        return Optional.ofNullable(positions.get(stream));
    }

    /** A copy with one stream moved. */
    public HarvestCursor with(String stream, String position) {
        Map<String, String> next = new TreeMap<>(positions);
        next.put(stream, position);
        return new HarvestCursor(next);
    }
}
