package io.forgepulse.domain;

import java.time.OffsetDateTime;

/** A review of a change request (approve, request changes, comment). */
public record Review(String key, String changeRequestKey, String author, boolean authorIsBot, OffsetDateTime submittedAt, String state) {
}
