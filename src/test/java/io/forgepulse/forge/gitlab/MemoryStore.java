package io.forgepulse.forge.gitlab;

import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A sink that behaves like the store: one table per record type keyed as the store keys it (issues and change
 * requests apart), idempotent upserts (a write counts only when something changed), the cursor kept with each batch.
 */
final class MemoryStore implements HarvestSink {

    final Map<String, Issue> issues = new HashMap<>();
    final Map<String, ChangeRequest> changeRequests = new HashMap<>();
    final Map<String, Comment> comments = new HashMap<>();
    final Map<String, Review> reviews = new HashMap<>();
    final Map<String, Release> releases = new HashMap<>();
    final Map<String, Commit> commits = new HashMap<>();
    HarvestCursor cursor = HarvestCursor.EMPTY;
    int written;
    int batches;

    @Override
    public void accept(HarvestBatch batch) {
        batch.issues().forEach(i -> put(issues, i.key(), i));
        batch.changeRequests().forEach(c -> put(changeRequests, c.key(), c));
        batch.comments().forEach(c -> put(comments, c.key(), c));
        batch.reviews().forEach(r -> put(reviews, r.key(), r));
        batch.releases().forEach(r -> put(releases, r.tag(), r));
        batch.commits().forEach(c -> put(commits, c.sha(), c));
        Map<String, String> merged = new HashMap<>(cursor.positions());
        merged.putAll(batch.cursor().positions());
        cursor = new HarvestCursor(merged);
        batches++;
    }

    private <T> void put(Map<String, T> table, String key, T value) {
        if (!Objects.equals(value, table.put(key, value))) {
            written++;
        }
    }
}
