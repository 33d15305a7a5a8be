package io.forgepulse.domain;

import java.time.OffsetDateTime;

/** A review of a change request (approve, request changes, comment). */
public record Review(String key, String changeRequestKey, String author, boolean authorIsBot, OffsetDateTime submittedAt, String state) {

    public Review {
        key = BoundedText.key(key, BoundedText.EVENT_KEY);
        changeRequestKey = BoundedText.key(changeRequestKey, BoundedText.EVENT_KEY);
        author = BoundedText.clipped(author, BoundedText.LOGIN);
        state = BoundedText.clipped(state, BoundedText.LABEL);
    }
}
