package io.forgepulse.domain;

import java.time.OffsetDateTime;

/** Who did something and when, as a git author or committer line records it (offset kept). */
public record Signature(String name, String email, OffsetDateTime when) {
}
