package io.forgepulse.forge.github;

import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.util.HashMap;
import java.util.Map;

/**
 * A sink that behaves like the store: idempotent upserts on natural keys (a write counts only when something
 * changed), and the cursor kept with each batch.
 */
public final class MemoryStore implements HarvestSink {

    public final Map<String, Object> issues = new HashMap<>();
    public final Map<String, Object> pulls = new HashMap<>();
    public final Map<String, Object> comments = new HashMap<>();
    public final Map<String, Object> releases = new HashMap<>();
    public final Map<String, Object> commits = new HashMap<>();
    public final Map<String, Object> reviews = new HashMap<>();
    public HarvestCursor cursor = HarvestCursor.EMPTY;
    public int written;
    public int batches;

    @Override
    public void accept(HarvestBatch batch) {
        batch.issues().forEach(i -> put(issues, i.key(), i));
        batch.changeRequests().forEach(c -> put(pulls, c.key(), c));
        batch.comments().forEach(c -> put(comments, c.key(), c));
        batch.releases().forEach(r -> put(releases, r.tag(), r));
        batch.commits().forEach(c -> put(commits, c.sha(), c));
        batch.reviews().forEach(r -> put(reviews, r.key(), r));
        Map<String, String> merged = new HashMap<>(cursor.positions());
        merged.putAll(batch.cursor().positions());
        cursor = new HarvestCursor(merged);
        batches++;
    }

    private void put(Map<String, Object> table, String key, Object value) {
        if (!value.equals(table.put(key, value))) {
            written++;
        }
    }
}
