package io.forgepulse.domain;

import java.time.OffsetDateTime;

/**
 * A pull request or merge request.
 *
 * @param authorRelation how the author stands to the project (null is {@link AuthorRelation#UNKNOWN})
 * @param mergedBy the login that merged it, or null
 * @param reviewedByOther reviewed or merged by someone other than its author
 */
public record ChangeRequest(
        String key,
        String author,
        boolean authorIsBot,
        AuthorRelation authorRelation,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime closedAt,
        OffsetDateTime mergedAt,
        String mergedBy,
        OffsetDateTime firstResponseAt,
        boolean reviewedByOther) {

    public ChangeRequest {
        key = BoundedText.key(key, BoundedText.EVENT_KEY);
        author = BoundedText.clipped(author, BoundedText.LOGIN);
        authorRelation = authorRelation == null ? AuthorRelation.UNKNOWN : authorRelation;
        mergedBy = BoundedText.clipped(mergedBy, BoundedText.LOGIN);
    }

    public boolean merged() {
        return mergedAt != null;
    }
}
