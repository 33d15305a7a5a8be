package io.forgepulse.domain;

import java.time.OffsetDateTime;

/**
 * A release, or for plain git a tag.
 *
 * @param publishedAt the tagger date of an annotated tag, else the tagged commit's committer date
 * @param annotated an annotated tag (plain git) or a forge release object
 * @param signed a signed tag, or a release with signature/checksum assets
 * @param hasNotes release notes are present (forge release body, or an annotated tag message beyond its subject)
 */
public record Release(String tag, OffsetDateTime publishedAt, boolean annotated, boolean signed, boolean hasNotes) {

    public Release {
        tag = BoundedText.key(tag, BoundedText.TAG);
    }
}
