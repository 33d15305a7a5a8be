package io.forgepulse.domain;

import java.time.OffsetDateTime;

/**
 * An issue (not a pull request).
 *
 * @param number the forge's number (Gitee's string numbers are kept in {@code key})
 * @param author the author's forge login
 * @param authorRelation how the author stands to the project (null is {@link AuthorRelation#UNKNOWN})
 * @param firstResponseAt the first comment by someone other than the author, bots excluded, or null
 */
public record Issue(
        String key,
        String author,
        boolean authorIsBot,
        AuthorRelation authorRelation,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime closedAt,
        OffsetDateTime firstResponseAt) {

    public Issue {
        key = BoundedText.key(key, BoundedText.EVENT_KEY);
        author = BoundedText.clipped(author, BoundedText.LOGIN);
        authorRelation = authorRelation == null ? AuthorRelation.UNKNOWN : authorRelation;
    }
}
