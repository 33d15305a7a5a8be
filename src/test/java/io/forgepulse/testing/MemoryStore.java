package io.forgepulse.testing;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sink that behaves like the store: one table per record type keyed as the store keys it (issues and change
 * requests apart), idempotent upserts (a write counts only when something changed), the cursor kept with each batch.
 */
public final class MemoryStore implements HarvestSink {

    public final Map<String, Issue> issues = new HashMap<>();
    public final Map<String, ChangeRequest> changeRequests = new HashMap<>();
    public final Map<String, Comment> comments = new HashMap<>();
    public final Map<String, Review> reviews = new HashMap<>();
    public final Map<String, Release> releases = new HashMap<>();
    public final Map<String, Commit> commits = new HashMap<>();
    public HarvestCursor cursor = HarvestCursor.EMPTY;
    public int written;
    public int batches;

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

    /** How many records each table holds, by table name ("issues", "changeRequests", ...). */
    public Map<String, Integer> counts() {
        return Map.of("issues", issues.size(), "changeRequests", changeRequests.size(), "comments", comments.size(),
                "reviews", reviews.size(), "releases", releases.size(), "commits", commits.size());
    }

    /** Every table's content, comparable with another store's. */
    public List<Map<String, ?>> tables() {
        return List.of(issues, changeRequests, comments, reviews, releases, commits);
    }

    private <T> void put(Map<String, T> table, String key, T value) {
        if (!Objects.equals(value, table.put(key, value))) {
            written++;
        }
    }
}
