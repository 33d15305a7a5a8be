package io.forgepulse.domain;

import java.time.OffsetDateTime;

/**
 * A comment on an issue or change request.
 *
 * @param parentKind whether the parent is an issue or a change request, as the connector read it
 * @param parentKey the or change request's key
 * @param review a review (diff) comment rather than a conversation comment
 */
public record Comment(String key, ItemKind parentKind, String parentKey, String author, boolean authorIsBot, OffsetDateTime createdAt, boolean review) {

    public Comment {
        key = BoundedText.key(key, BoundedText.EVENT_KEY);
        parentKey = BoundedText.key(parentKey, BoundedText.EVENT_KEY);
        author = BoundedText.clipped(author, BoundedText.LOGIN);
    }
}
