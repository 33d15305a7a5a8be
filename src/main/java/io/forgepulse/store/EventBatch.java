package io.forgepulse.store;

import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;
import java.util.List;
import java.util.Map;

/**
 * Events to write in one transaction with the cursor positions they advance to.
 *
 * @param cursor stream name to position; only the streams present are written
 */
public record EventBatch(
        List<Commit> commits,
        List<Release> releases,
        List<Issue> issues,
        List<ChangeRequest> changeRequests,
        List<Comment> comments,
        List<Review> reviews,
        Map<String, String> cursor) {

    public EventBatch {
        commits = List.copyOf(commits);
        releases = List.copyOf(releases);
        issues = List.copyOf(issues);
        changeRequests = List.copyOf(changeRequests);
        comments = List.copyOf(comments);
        reviews = List.copyOf(reviews);
        cursor = Map.copyOf(cursor);
    }
}
