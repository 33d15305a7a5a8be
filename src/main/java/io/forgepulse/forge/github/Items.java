package io.forgepulse.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.forge.http.ItemFields;
import java.time.OffsetDateTime;

/** GitHub REST items as domain records; field names are GitHub's, as recorded in real responses. */
final class Items {

    private Items() {
    }

    static boolean isPullRequest(JsonNode item) {
        return item.hasNonNull("pull_request");
    }

    static Issue issue(JsonNode item) {
        return new Issue(item.path("number").asText(), login(item.path("user")), bot(item.path("user")),
                Associations.of(text(item, "author_association")), time(item, "created_at"), time(item, "updated_at"),
                time(item, "closed_at"), null);
    }

    /**
     * A pull request from its issue-list item, with merge facts from {@code details} (the pull itself) when read.
     * The list item's {@code pull_request.merged_at} is used when no details were needed.
     */
    static ChangeRequest changeRequest(JsonNode item, JsonNode details) {
        String author = login(item.path("user"));
        OffsetDateTime mergedAt = details != null ? time(details, "merged_at") : time(item.path("pull_request"), "merged_at");
        String mergedBy = details != null ? login(details.path("merged_by")) : null;
        boolean reviewedByOther = mergedBy != null && !mergedBy.equalsIgnoreCase(author);
        return new ChangeRequest(item.path("number").asText(), author, bot(item.path("user")),
                Associations.of(text(item, "author_association")), time(item, "created_at"), time(item, "updated_at"),
                time(item, "closed_at"), mergedAt, mergedBy, null, reviewedByOther);
    }

    /** Whether the pull itself must be read: only a closed pull can have been merged, and only then is merged_by needed. */
    static boolean needsDetails(JsonNode item) {
        if (!"closed".equals(text(item, "state")) || !item.hasNonNull("number")) {
            return false;
        }
        JsonNode pull = item.path("pull_request");
        // Newer list items carry merged_at: a closed, unmerged pull needs nothing more.
        return !pull.has("merged_at") || pull.hasNonNull("merged_at");
    }

    /**
     * An issue comment ({@code issue_url}) or a review comment ({@code pull_request_url}); keys keep the two id spaces
     * apart. An issue comment is on a pull when its {@code html_url} says so ({@code .../pull/N#issuecomment-...}):
     * the list names every parent an issue.
     */
    static Comment comment(JsonNode item, boolean review) {
        String parentUrl = text(item, review ? "pull_request_url" : "issue_url");
        String parent = parentUrl == null ? null : parentUrl.substring(parentUrl.lastIndexOf('/') + 1);
        // Without an id the key is null, and the pipeline skips the comment (counted) rather than store a shared key.
        String key = item.hasNonNull("id")
                ? (review ? "review-comment:" : "issue-comment:") + item.get("id").asText() : null;
        String page = text(item, "html_url");
        ItemKind kind = review || page != null && page.contains("/pull/") ? ItemKind.CHANGE_REQUEST : ItemKind.ISSUE;
        return new Comment(key, kind, parent,
                login(item.path("user")), bot(item.path("user")), time(item, "created_at"), review);
    }

    static String login(JsonNode user) {
        return user.hasNonNull("login") ? user.get("login").asText() : null;
    }

    static boolean bot(JsonNode user) {
        return "Bot".equals(text(user, "type"));
    }

    static String text(JsonNode node, String field) {
        return ItemFields.text(node, field);
    }

    static OffsetDateTime time(JsonNode node, String field) {
        return ItemFields.time(node, field);
    }
}
