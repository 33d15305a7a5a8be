package io.forgepulse.forge.gitee;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.Release;
import io.forgepulse.forge.http.ItemFields;
import java.time.OffsetDateTime;

/**
 * Gitee v5 items as domain records; field names are Gitee's, as recorded in real answers. Times carry Gitee's
 * {@code +08:00}: the records keep the offset, the store writes the instant in UTC. Gitee users have no bot type, so
 * no author is flagged a bot here (the identity rules still recognise bot logins).
 */
final class GiteeItems {

    private GiteeItems() {
    }

    /** An issue: its number is a string ({@code I4CE7W}); it closed when it finished ({@code finished_at}). */
    static Issue issue(JsonNode item, Membership members) {
        String author = login(item.path("user"));
        return new Issue(item.path("number").asText(), author, false, members.relation(author),
                time(item, "created_at"), time(item, "updated_at"), time(item, "finished_at"), null);
    }

    /** A pull request, with the merger the pull names or {@code mergedBy} (from its operate logs), else null. */
    static ChangeRequest changeRequest(JsonNode pull, String mergedBy, Membership members) {
        String author = login(pull.path("user"));
        String merger = mergedBy != null ? mergedBy : login(pull.path("merged_by"));
        return new ChangeRequest(pull.path("number").asText(), author, false, members.relation(author),
                time(pull, "created_at"), time(pull, "updated_at"), time(pull, "closed_at"), time(pull, "merged_at"),
                merger, null, merger != null && !merger.equalsIgnoreCase(author));
    }

    /** Whether the pull was merged without saying by whom: only then are its operate logs read. */
    static boolean needsMerger(JsonNode pull) {
        return pull.hasNonNull("merged_at") && login(pull.path("merged_by")) == null;
    }

    /**
     * A comment of the repository-wide issue comment list: its parent is {@code target.issue} (or
     * {@code target.pull_request}, should Gitee list one there).
     */
    static Comment issueComment(JsonNode note) {
        JsonNode target = note.path("target");
        boolean onIssue = target.path("issue").isObject();
        JsonNode parent = onIssue ? target.path("issue") : target.path("pull_request");
        return new Comment("issue-comment:" + note.path("id").asText(),
                onIssue ? ItemKind.ISSUE : ItemKind.CHANGE_REQUEST, text(parent, "number"),
                login(note.path("user")), false, time(note, "created_at"), false);
    }

    /** A comment of the repository-wide pull comment list; one on a line of the diff ({@code path}) is a review. */
    static Comment pullComment(JsonNode note) {
        String parentUrl = text(note, "pull_request_url");
        String parent = parentUrl == null ? null : parentUrl.substring(parentUrl.lastIndexOf('/') + 1);
        return new Comment("pull-comment:" + note.path("id").asText(), ItemKind.CHANGE_REQUEST, parent, login(note.path("user")), false,
                time(note, "created_at"), note.hasNonNull("path"));
    }

    /**
     * A release: Gitee's has a creation time only. Its assets are not read for signatures (Gitee lists only its own
     * source archives there unless uploaded), so no release counts as signed.
     */
    static Release release(JsonNode release) {
        String body = text(release, "body");
        return new Release(text(release, "tag_name"), time(release, "created_at"), true, false,
                body != null && !body.isBlank());
    }

    static String login(JsonNode user) {
        return user.hasNonNull("login") ? user.get("login").asText() : null;
    }

    static String text(JsonNode node, String field) {
        return ItemFields.text(node, field);
    }

    static OffsetDateTime time(JsonNode node, String field) {
        return ItemFields.time(node, field);
    }
}
