package io.forgepulse.domain;

import java.time.OffsetDateTime;

/**
 * An issue (not a pull request).
 *
 * @param number the forge's number (Gitee's string numbers are kept in {@code key})
 * @param author the author's forge login
 * @param authorAssociation GitHub's {@code author_association} (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, ...), or null
 * @param firstResponseAt the first comment by someone other than the author, bots excluded, or null
 */
public record Issue(
        String key,
        String author,
        boolean authorIsBot,
        String authorAssociation,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime closedAt,
        OffsetDateTime firstResponseAt) {

    public Issue {
        key = BoundedText.key(key, BoundedText.EVENT_KEY);
        author = BoundedText.clipped(author, BoundedText.LOGIN);
        authorAssociation = BoundedText.clipped(authorAssociation, BoundedText.LABEL);
    }
}
