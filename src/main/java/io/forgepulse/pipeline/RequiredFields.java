package io.forgepulse.pipeline;

import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Events;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;
import java.util.List;
import java.util.function.Predicate;

/**
 * Drops events a forge sent without what the store needs to keep them (an issue without number, a comment without
 * id or date, ...): storing them would fail the whole batch, and with it every later harvest of the project. Each
 * kind is checked for the fields its table requires; a blank key counts as missing.
 */
final class RequiredFields {

    /** The events that can be stored, and how many were dropped. */
    record Checked(Events kept, int skipped) {
    }

    private RequiredFields() {
    }

    static Checked check(Events events) {
        List<Commit> commits = kept(events.commits(), c -> present(c.sha()) && c.author() != null
                && c.author().when() != null && c.committer() != null && c.committer().when() != null);
        List<Release> releases = kept(events.releases(), r -> present(r.tag()) && r.publishedAt() != null);
        List<Issue> issues = kept(events.issues(), i -> present(i.key()) && i.createdAt() != null
                && i.updatedAt() != null);
        List<ChangeRequest> changeRequests = kept(events.changeRequests(), c -> present(c.key())
                && c.createdAt() != null && c.updatedAt() != null);
        List<Comment> comments = kept(events.comments(), c -> present(c.key()) && c.parentKind() != null
                && present(c.parentKey()) && c.createdAt() != null);
        List<Review> reviews = kept(events.reviews(), r -> present(r.key()) && present(r.changeRequestKey())
                && r.submittedAt() != null);
        Events kept = new Events(commits, releases, issues, changeRequests, comments, reviews);
        return new Checked(kept, events.size() - kept.size());
    }

    private static <T> List<T> kept(List<T> events, Predicate<T> complete) {
        return events.stream().allMatch(complete) ? events : events.stream().filter(complete).toList();
    }

    private static boolean present(String key) {
        return key != null && !key.isBlank();
    }
}
