package io.forgepulse.forge.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Review;
import io.forgepulse.forge.http.ItemFields;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GitLab v4 issues and merge requests as domain records; field names are GitLab's, as recorded from gitlab.com.
 *
 * <p>Keys follow GitLab's own references: issue #7 is {@code "7"}, merge request !7 is {@code "!7"}. The two number
 * spaces overlap in every project; a comment names its parent by kind ({@link io.forgepulse.domain.ItemKind}) and key,
 * so a note on !7 can never answer issue #7, whatever the keys look like.
 *
 * <p>Old GitLab data has items whose state is {@code closed} or {@code merged} without a {@code closed_at} or
 * {@code merged_at} (GitLab added them later): the state is kept, with the item's last update as the time, the latest
 * moment it can have happened.
 */
final class Items {

    /** Project and group access tokens act as users named {@code project_ID_bot_HASH} or {@code group_ID_bot_HASH}. */
    private static final Pattern TOKEN_BOT = Pattern.compile("(project|group)_\\d+_bot(_\\w+)?");

    /**
     * GitLab items say nothing of their author's membership, and the members list that would (with inherited members
     * of the groups above) grows with the group, not with what changed: not read (docs/scoring.md D56).
     */
    private static final AuthorRelation UNSAID = AuthorRelation.UNKNOWN;

    private Items() {
    }

    static Issue issue(JsonNode item) {
        JsonNode author = item.path("author");
        OffsetDateTime updated = time(item, "updated_at");
        OffsetDateTime closed = time(item, "closed_at");
        if (closed == null && "closed".equals(text(item, "state"))) {
            closed = updated;
        }
        return new Issue(item.path("iid").asText(), username(author), bot(author), UNSAID, time(item, "created_at"),
                updated, closed, null);
    }

    /** The key of merge request {@code iid}: {@code "!iid"}, as GitLab writes a reference to it. */
    static String mergeRequestKey(String iid) {
        return "!" + iid;
    }

    /**
     * A merge request from its list item; {@code reviews} are the approvals read from its notes in this run, so an
     * approval by someone other than the author counts as review like a merge by someone else does.
     */
    static ChangeRequest mergeRequest(JsonNode item, List<Review> reviews) {
        JsonNode author = item.path("author");
        String login = username(author);
        String state = text(item, "state");
        OffsetDateTime updated = time(item, "updated_at");
        OffsetDateTime merged = time(item, "merged_at");
        if (merged == null && "merged".equals(state)) {
            merged = updated;
        }
        OffsetDateTime closed = time(item, "closed_at");
        if (closed == null && ("closed".equals(state) || merged != null)) {
            closed = merged != null ? merged : updated; // as on GitHub, a merged change request is closed when merged
        }
        // merge_user replaced merged_by in GitLab 14.7; older instances send only merged_by
        String mergedBy = username(item.hasNonNull("merge_user") ? item.get("merge_user") : item.path("merged_by"));
        boolean reviewedByOther = mergedBy != null && !mergedBy.equalsIgnoreCase(login)
                || reviews.stream().anyMatch(r -> r.author() != null && !r.author().equalsIgnoreCase(login));
        return new ChangeRequest(mergeRequestKey(item.path("iid").asText()), login, bot(author), UNSAID,
                time(item, "created_at"), updated, closed, merged, mergedBy, null, reviewedByOther);
    }

    /** Whether an item has notes people wrote: only then are its notes read. */
    static boolean hasUserNotes(JsonNode item) {
        return item.path("user_notes_count").asInt(0) > 0;
    }

    static String username(JsonNode user) {
        return user.hasNonNull("username") ? user.get("username").asText() : null;
    }

    /** GitLab marks bot users ({@code bot: true}) where it shows the whole user; access-token bots by their name. */
    static boolean bot(JsonNode user) {
        String name = username(user);
        return user.path("bot").asBoolean(false) || name != null && TOKEN_BOT.matcher(name).matches();
    }

    static String text(JsonNode node, String field) {
        return ItemFields.text(node, field);
    }

    static OffsetDateTime time(JsonNode node, String field) {
        return ItemFields.time(node, field);
    }
}
