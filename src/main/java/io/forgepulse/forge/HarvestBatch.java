package io.forgepulse.forge;

import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Events;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;
import java.util.List;

/**
 * Events read since the last cursor, to be stored in one transaction together with {@code cursor}:
 * a crash either keeps the whole batch and its cursor or neither.
 */
public record HarvestBatch(Events events, HarvestCursor cursor) {

    public HarvestBatch(List<Commit> commits, List<Release> releases, List<Issue> issues,
            List<ChangeRequest> changeRequests, List<Comment> comments, List<Review> reviews, HarvestCursor cursor) {
        this(new Events(commits, releases, issues, changeRequests, comments, reviews), cursor);
    }

    public static HarvestBatch ofCommits(List<Commit> commits, HarvestCursor cursor) {
        return new HarvestBatch(Events.ofCommits(commits), cursor);
    }

    public static HarvestBatch ofReleases(List<Release> releases, HarvestCursor cursor) {
        return new HarvestBatch(Events.ofReleases(releases), cursor);
    }

    public List<Commit> commits() {
        return events.commits();
    }

    public List<Release> releases() {
        return events.releases();
    }

    public List<Issue> issues() {
        return events.issues();
    }

    public List<ChangeRequest> changeRequests() {
        return events.changeRequests();
    }

    public List<Comment> comments() {
        return events.comments();
    }

    public List<Review> reviews() {
        return events.reviews();
    }

    public int size() {
        return events.size();
    }
}
