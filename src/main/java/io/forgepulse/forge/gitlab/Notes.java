package io.forgepulse.forge.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.Review;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.http.RestSession;
import io.forgepulse.forge.http.WholeList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The notes of the items on one list page, read only for the items whose {@code user_notes_count} says people wrote
 * some: GitLab has no project-wide notes list, so this costs a request per such item, and only for items that changed
 * since the last run (the page holds nothing else), never on an unchanged project.
 *
 * <p>A note people wrote is a {@link Comment} (a {@code DiffNote}, on a line of the diff, a review comment). System
 * notes ("assigned to", "added 1 commit", "merged") are events, not responses, and are not stored, except "approved
 * this merge request", which is a {@link Review} in state {@code APPROVED}. An approval on a merge request nobody
 * commented on is not seen: its {@code user_notes_count} is 0.
 *
 * @param comments the notes people wrote, keyed {@code note:ID} (note ids are unique on a GitLab instance)
 * @param reviews the approvals, keyed {@code approval:ID}
 */
record Notes(List<Comment> comments, List<Review> reviews) {

    private static final String APPROVED = "approved this merge request";

    /**
     * @param itemsPath {@code /projects/ID/issues} or {@code /projects/ID/merge_requests}
     * @param kind what the item is, which its comments say of their parent
     * @param parentKey the item's key, which its comments name as their parent
     */
    static Notes read(RestSession session, String itemsPath, String iid, ItemKind kind, String parentKey)
            throws ForgeException {
        WholeList notes = WholeList.read(session,
                itemsPath + "/" + iid + "/notes?sort=asc&order_by=created_at&per_page=100");
        List<Comment> comments = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (JsonNode note : notes.items()) {
            JsonNode author = note.path("author");
            String id = note.path("id").asText();
            if (!note.path("system").asBoolean(false)) {
                comments.add(new Comment("note:" + id, kind, parentKey, Items.username(author), Items.bot(author),
                        Items.time(note, "created_at"), "DiffNote".equals(Items.text(note, "type"))));
            } else if (APPROVED.equals(String.valueOf(Items.text(note, "body")).trim().toLowerCase(Locale.ROOT))) {
                reviews.add(new Review("approval:" + id, parentKey, Items.username(author), Items.bot(author),
                        Items.time(note, "created_at"), "APPROVED"));
            }
        }
        return new Notes(comments, reviews);
    }
}
