package io.forgepulse.domain;

import java.time.OffsetDateTime;

/**
 * Who did something and when, as a git author or committer line records it (offset kept). A missing name or e-mail
 * is empty, as git writes one; both are cut to what the store keeps ({@link BoundedText}).
 */
public record Signature(String name, String email, OffsetDateTime when) {

    public Signature {
        name = BoundedText.clipped(name == null ? "" : name, BoundedText.NAME);
        email = BoundedText.clipped(email == null ? "" : email, BoundedText.EMAIL);
    }
}
