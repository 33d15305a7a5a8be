package io.forgepulse.pipeline;

import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.Review;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills in when an issue or change request was first answered, where the forge's list did not say: the earliest
 * comment or review by someone other than its author, bots excluded. Forge lists carry no such field, and reading
 * each issue's timeline would cost a request per issue; the comments are stored anyway. A comment answers the item of
 * its parent's kind and key (GitLab's issue #7 and merge request !7 are two items); a review answers a change request.
 */
final class FirstResponses {

    private final Map<Parent, List<Answer>> byParent = new HashMap<>();

    private record Parent(ItemKind kind, String key) {
    }

    private record Answer(String author, OffsetDateTime at) {
    }

    FirstResponses(List<Comment> comments, List<Review> reviews) {
        comments.stream().filter(c -> !c.authorIsBot() && c.parentKey() != null && c.createdAt() != null).forEach(c ->
                byParent.computeIfAbsent(new Parent(c.parentKind(), c.parentKey()), k -> new ArrayList<>()).add(new Answer(c.author(), c.createdAt())));
        reviews.stream().filter(r -> !r.authorIsBot() && r.submittedAt() != null).forEach(r ->
                byParent.computeIfAbsent(new Parent(ItemKind.CHANGE_REQUEST, r.changeRequestKey()), k -> new ArrayList<>()).add(new Answer(r.author(), r.submittedAt())));
    }

    List<Issue> issues(List<Issue> issues) {
        return issues.stream().map(i -> i.firstResponseAt() != null ? i : new Issue(i.key(), i.author(), i.authorIsBot(),
                i.authorRelation(), i.createdAt(), i.updatedAt(), i.closedAt(),
                first(new Parent(ItemKind.ISSUE, i.key()), i.author()))).toList();
    }

    List<ChangeRequest> changeRequests(List<ChangeRequest> changeRequests) {
        return changeRequests.stream().map(c -> c.firstResponseAt() != null ? c : new ChangeRequest(c.key(), c.author(),
                c.authorIsBot(), c.authorRelation(), c.createdAt(), c.updatedAt(), c.closedAt(), c.mergedAt(), c.mergedBy(),
                first(new Parent(ItemKind.CHANGE_REQUEST, c.key()), c.author()), c.reviewedByOther())).toList();
    }

    private OffsetDateTime first(Parent parent, String author) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .filter(a -> a.author() != null && !a.author().equalsIgnoreCase(author))
                .map(Answer::at)
                .min(OffsetDateTime::compareTo)
                .orElse(null);
    }
}
