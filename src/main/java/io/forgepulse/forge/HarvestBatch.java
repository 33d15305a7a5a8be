package io.forgepulse.forge;

import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;
import java.util.List;

/**
 * Events read since the last cursor, to be stored in one transaction together with {@code cursor}:
 * a crash either keeps the whole batch and its cursor or neither.
 */
public record HarvestBatch(
        List<Commit> commits,
        List<Release> releases,
        List<Issue> issues,
        List<ChangeRequest> changeRequests,
        List<Comment> comments,
        List<Review> reviews,
        HarvestCursor cursor) {

    public HarvestBatch {
        commits = List.copyOf(commits);
        releases = List.copyOf(releases);
        issues = List.copyOf(issues);
        changeRequests = List.copyOf(changeRequests);
        comments = List.copyOf(comments);
        reviews = List.copyOf(reviews);
    }

    public static HarvestBatch ofCommits(List<Commit> commits, HarvestCursor cursor) {
        return new HarvestBatch(commits, List.of(), List.of(), List.of(), List.of(), List.of(), cursor);
    }

    public static HarvestBatch ofReleases(List<Release> releases, HarvestCursor cursor) {
        return new HarvestBatch(List.of(), releases, List.of(), List.of(), List.of(), List.of(), cursor);
    }

    public int size() {
        return commits.size() + releases.size() + issues.size() + changeRequests.size() + comments.size() + reviews.size();
    }
}
