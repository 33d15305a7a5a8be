package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's history as it stood at a past instant {@code t} (docs/scoring.md, "Score history"): only what happened
 * before {@code t}, each item in the state it had then, and a snapshot made of the files of the tree at {@code t}
 * and the forge facts that can be known for {@code t}.
 *
 * <ul>
 *   <li>commits (author date), releases, comments, reviews, issues and change requests (creation) before {@code t};</li>
 *   <li>a close, merge or first response at or after {@code t} had not happened: the item was open, unmerged,
 *       unanswered; its last update is the latest of these that did happen (its creation at least);</li>
 *   <li>"reviewed or merged by someone other than the author" holds when it holds today and the change was merged or
 *       reviewed by someone else before {@code t};</li>
 *   <li>the snapshot: the files, head and license of the tree at {@code t}; open issues counted from the issues as
 *       they stood; the forge's creation date when it lies before {@code t}; stars, forks, watchers, archived, owner
 *       and topics unknown (the forge keeps no history of them). Without a tree there is no snapshot at all.</li>
 * </ul>
 */
public final class HistoryCut {

    private HistoryCut() {
    }

    /**
     * @param tree the files at the last commit of the default branch before {@code t}, or null when they cannot be
     *     read (no commit yet, or a source that reads no files)
     */
    public static ProjectHistory asOf(ProjectHistory history, Instant t, ProjectSnapshot tree) {
        List<AttributedCommit> commits = history.commits().stream()
                .filter(c -> before(Facts.authored(c.commit()), t)).toList();
        List<Release> releases = history.releases().stream().filter(r -> before(r.publishedAt(), t)).toList();
        List<Comment> comments = history.comments().stream().filter(c -> before(c.createdAt(), t)).toList();
        List<Review> reviews = history.reviews().stream().filter(r -> before(r.submittedAt(), t)).toList();
        Map<String, OffsetDateTime> lastComment = new HashMap<>();
        comments.forEach(c -> lastComment.merge(c.parentKind() + " " + c.parentKey(), c.createdAt(),
                (a, b) -> a.isAfter(b) ? a : b));
        Set<String> reviewedByOther = new HashSet<>();
        Map<String, String> authors = new HashMap<>();
        history.changeRequests().forEach(cr -> authors.put(cr.key(), cr.author()));
        reviews.stream().filter(r -> r.author() != null && !r.author().equals(authors.get(r.changeRequestKey())))
                .forEach(r -> reviewedByOther.add(r.changeRequestKey()));
        List<Issue> issues = history.issues().stream().filter(i -> before(i.createdAt(), t))
                .map(i -> issue(i, t, lastComment.get("ISSUE " + i.key()))).toList();
        List<ChangeRequest> changeRequests = history.changeRequests().stream().filter(cr -> before(cr.createdAt(), t))
                .map(cr -> changeRequest(cr, t, lastComment.get("CHANGE_REQUEST " + cr.key()),
                        reviewedByOther.contains(cr.key())))
                .toList();
        return new ProjectHistory(history.id(), snapshot(history, tree, t, issues), commits, releases, issues,
                changeRequests, comments, reviews, history.forgeEvents());
    }

    private static Issue issue(Issue i, Instant t, OffsetDateTime lastComment) {
        OffsetDateTime closed = ifBefore(i.closedAt(), t);
        OffsetDateTime answered = ifBefore(i.firstResponseAt(), t);
        OffsetDateTime updated = before(i.updatedAt(), t) ? i.updatedAt() : latest(i.createdAt(), closed, answered, lastComment);
        return new Issue(i.key(), i.author(), i.authorIsBot(), i.authorRelation(), i.createdAt(), updated, closed, answered);
    }

    private static ChangeRequest changeRequest(ChangeRequest cr, Instant t, OffsetDateTime lastComment,
            boolean reviewedBefore) {
        OffsetDateTime merged = ifBefore(cr.mergedAt(), t);
        OffsetDateTime closed = ifBefore(cr.closedAt(), t);
        OffsetDateTime answered = ifBefore(cr.firstResponseAt(), t);
        OffsetDateTime updated = before(cr.updatedAt(), t) ? cr.updatedAt()
                : latest(cr.createdAt(), closed, merged, answered, lastComment);
        return new ChangeRequest(cr.key(), cr.author(), cr.authorIsBot(), cr.authorRelation(), cr.createdAt(), updated,
                closed, merged, merged == null ? null : cr.mergedBy(), answered,
                cr.reviewedByOther() && (merged != null || reviewedBefore));
    }

    private static ProjectSnapshot snapshot(ProjectHistory history, ProjectSnapshot tree, Instant t, List<Issue> issues) {
        if (tree == null) {
            return null;
        }
        ProjectSnapshot present = history.snapshot();
        Integer openIssues = history.forgeEvents()
                ? (int) issues.stream().filter(i -> i.closedAt() == null).count() : null;
        OffsetDateTime created = present == null ? null : ifBefore(present.createdAt(), t);
        String branch = present != null && present.defaultBranch() != null ? present.defaultBranch() : tree.defaultBranch();
        return new ProjectSnapshot(t, branch, tree.headSha(), null, null, null, openIssues, null, created,
                OwnerType.UNKNOWN, null, tree.licenseSpdx(), List.of(), tree.files());
    }

    private static boolean before(Instant when, Instant t) {
        return when != null && when.isBefore(t);
    }

    private static boolean before(OffsetDateTime when, Instant t) {
        return when != null && when.toInstant().isBefore(t);
    }

    private static OffsetDateTime ifBefore(OffsetDateTime when, Instant t) {
        return before(when, t) ? when : null;
    }

    private static OffsetDateTime latest(OffsetDateTime... times) {
        OffsetDateTime latest = null;
        for (OffsetDateTime time : times) {
            if (time != null && (latest == null || time.isAfter(latest))) {
                latest = time;
            }
        }
        return latest;
    }
}
