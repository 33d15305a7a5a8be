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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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
    /** The last count each stream announced ({@link HarvestSink#expect}). */
    public final Map<String, Integer> expected = new HashMap<>();
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

    @Override
    public void expect(String stream, int items) {
        expected.put(stream, items);
    }

    /** How many records each table holds, by table name ("issues", "changeRequests", ...). */
    public Map<String, Integer> counts() {
        return Map.of("issues", issues.size(), "changeRequests", changeRequests.size(), "comments", comments.size(),
                "reviews", reviews.size(), "releases", releases.size(), "commits", commits.size());
    }

    /** Every record that differs from {@code other}'s, as "table key: this != other" lines (none: same content). */
    public List<String> differencesFrom(MemoryStore other) {
        List<String> differences = new ArrayList<>();
        difference("issues", issues, other.issues, differences);
        difference("changeRequests", changeRequests, other.changeRequests, differences);
        difference("comments", comments, other.comments, differences);
        difference("reviews", reviews, other.reviews, differences);
        difference("releases", releases, other.releases, differences);
        difference("commits", commits, other.commits, differences);
        return differences;
    }

    private static <T> void difference(String table, Map<String, T> mine, Map<String, T> theirs, List<String> out) {
        Set<String> keys = new TreeSet<>(mine.keySet());
        keys.addAll(theirs.keySet());
        keys.stream().filter(k -> !Objects.equals(mine.get(k), theirs.get(k)))
                .forEach(k -> out.add(table + " " + k + ": " + mine.get(k) + " != " + theirs.get(k)));
    }

    private <T> void put(Map<String, T> table, String key, T value) {
        if (!Objects.equals(value, table.put(key, value))) {
            written++;
        }
    }
}
