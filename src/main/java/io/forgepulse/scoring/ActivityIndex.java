package io.forgepulse.scoring;

import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ProjectHistory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * OpenDigger's activity index (X-lab {@code src/metrics/indices.ts}): per developer and bucket
 * {@code A_u = sqrt(2.2235·issues_opened + 0.5252·issue_comments + 4.0679·prs_opened + 0.7427·review_comments
 * + 2.0339·prs_merged)}, the project's index is {@code Σ_u A_u}. The square root damps one very busy person,
 * so the index grows with the number of people more than with one person's volume.
 *
 * <p>A merged PR is credited to its author in the bucket it was merged in. Review comments are diff comments
 * ({@link Comment#review()}); conversation comments on issues and PRs are issue comments, as in OpenDigger.
 * Bots are left out.
 */
public final class ActivityIndex {

    static final double ISSUE_OPENED = 2.2235;
    static final double ISSUE_COMMENT = 0.5252;
    static final double PR_OPENED = 4.0679;
    static final double REVIEW_COMMENT = 0.7427;
    static final double PR_MERGED = 2.0339;

    /** What the index weighs, with its weight. */
    public enum Action {
        ISSUE_OPENED(ActivityIndex.ISSUE_OPENED),
        ISSUE_COMMENT(ActivityIndex.ISSUE_COMMENT),
        REVIEW_COMMENT(ActivityIndex.REVIEW_COMMENT),
        CHANGE_OPENED(ActivityIndex.PR_OPENED),
        CHANGE_MERGED(ActivityIndex.PR_MERGED);

        private final double weight;

        Action(double weight) {
            this.weight = weight;
        }
    }

    /** How many times one (non-bot) developer did one action on one UTC day. */
    public record Count(LocalDate day, String developer, Action action, long times) {
    }

    private ActivityIndex() {
    }

    /**
     * As {@link #byBucket}, from counts instead of events (what an aggregate read gives): the same index up to the
     * order floating-point additions are made in (a relative difference around 1e-15).
     */
    public static SortedMap<LocalDate, Double> ofCounts(Iterable<Count> counts, Bucket bucket) {
        Map<LocalDate, Map<String, Double>> sums = new HashMap<>();
        for (Count c : counts) {
            sums.computeIfAbsent(Buckets.startOf(c.day(), bucket), k -> new HashMap<>())
                    .merge(c.developer(), c.action().weight * c.times(), Double::sum);
        }
        return indexOf(sums);
    }

    /** The index of every bucket with activity; buckets without any are absent (their index is 0). */
    static SortedMap<LocalDate, Double> byBucket(ProjectHistory history, People people, Bucket bucket) {
        // bucket -> developer -> weighted sum under the square root
        Map<LocalDate, Map<String, Double>> sums = new HashMap<>();
        for (Issue i : history.issues()) {
            tally(sums, people, bucket, i.author(), i.authorIsBot(), i.createdAt(), ISSUE_OPENED);
        }
        for (Comment c : history.comments()) {
            tally(sums, people, bucket, c.author(), c.authorIsBot(), c.createdAt(), c.review() ? REVIEW_COMMENT : ISSUE_COMMENT);
        }
        for (ChangeRequest cr : history.changeRequests()) {
            tally(sums, people, bucket, cr.author(), cr.authorIsBot(), cr.createdAt(), PR_OPENED);
            tally(sums, people, bucket, cr.author(), cr.authorIsBot(), cr.mergedAt(), PR_MERGED);
        }
        return indexOf(sums);
    }

    private static SortedMap<LocalDate, Double> indexOf(Map<LocalDate, Map<String, Double>> sums) {
        SortedMap<LocalDate, Double> index = new TreeMap<>();
        sums.forEach((start, perDeveloper) -> index.put(start,
                rounded(perDeveloper.values().stream().mapToDouble(Math::sqrt).sum())));
        return index;
    }

    /**
     * As OpenDigger publishes it: the bucket's sum rounded once to 2 decimals ({@code ROUND(SUM(activity), 2)} in
     * ClickHouse, which rounds a float's tie to even), never each developer's part.
     */
    static double rounded(double index) {
        return BigDecimal.valueOf(index).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static void tally(Map<LocalDate, Map<String, Double>> sums, People people, Bucket bucket,
                              String login, boolean bot, OffsetDateTime at, double weight) {
        if (at == null) {
            return;
        }
        String key = people.humanKey(login, bot);
        if (key == null) {
            return;
        }
        sums.computeIfAbsent(Buckets.startOf(at.toInstant(), bucket), k -> new HashMap<>()).merge(key, weight, Double::sum);
    }
}
