package io.forgepulse.pipeline;

import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Review;
import io.forgepulse.identity.BotDetector;
import java.util.List;

/**
 * Sets each stored event's bot flag from identity's one rule. Forges flag only their own app accounts; a
 * configured bot or a "StepSecurity Bot" is a bot only once this has run.
 */
final class BotFlags {

    private final BotDetector bots;

    BotFlags(BotDetector bots) {
        this.bots = bots;
    }

    List<Issue> issues(List<Issue> issues) {
        return issues.stream().map(i -> bot(i.author(), i.authorIsBot()) == i.authorIsBot() ? i
                : new Issue(i.key(), i.author(), true, i.authorRelation(), i.createdAt(), i.updatedAt(), i.closedAt(),
                        i.firstResponseAt())).toList();
    }

    List<ChangeRequest> changeRequests(List<ChangeRequest> crs) {
        return crs.stream().map(c -> bot(c.author(), c.authorIsBot()) == c.authorIsBot() ? c
                : new ChangeRequest(c.key(), c.author(), true, c.authorRelation(), c.createdAt(), c.updatedAt(),
                        c.closedAt(), c.mergedAt(), c.mergedBy(), c.firstResponseAt(), c.reviewedByOther())).toList();
    }

    List<Comment> comments(List<Comment> comments) {
        return comments.stream().map(c -> bot(c.author(), c.authorIsBot()) == c.authorIsBot() ? c
                : new Comment(c.key(), c.parentKind(), c.parentKey(), c.author(), true, c.createdAt(), c.review())).toList();
    }

    List<Review> reviews(List<Review> reviews) {
        return reviews.stream().map(r -> bot(r.author(), r.authorIsBot()) == r.authorIsBot() ? r
                : new Review(r.key(), r.changeRequestKey(), r.author(), true, r.submittedAt(), r.state())).toList();
    }

    /** Whether an event author is a bot by identity's rule. */
    boolean bot(String login, boolean flagged) {
        return bots.isBotLogin(login, flagged);
    }
}
