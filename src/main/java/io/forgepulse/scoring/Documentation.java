package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * IND.DOC: no README or one under 40 bytes → 0; a README of at least 40 bytes → 1; a README of at least
 * 1 kB (1000 bytes) plus a docs directory whose last change (its {@code detail}) lies in the last 365 days → 2.
 * The README read is the top-level one, or the first one found when none is at top level.
 */
final class Documentation {

    static final long MIN_README = 40;
    static final long SUBSTANTIAL_README = 1000;

    private Documentation() {
    }

    static Leaf of(Facts f) {
        if (f.snapshot == null) {
            return Leaf.unknown("IND.DOC", "no snapshot");
        }
        List<ProjectFile> readmes = f.snapshot.files(FileKind.README);
        Optional<ProjectFile> readme = readmes.stream().filter(LicenseFamily::topLevel).findFirst().or(() -> readmes.stream().findFirst());
        if (readme.isEmpty() || readme.get().bytes() < MIN_README) {
            return new Leaf("IND.DOC", 0, readme.map(r -> r.bytes() + " bytes").orElse("none"),
                    readme.map(r -> r.path() + " has " + r.bytes() + " bytes").orElse("no README"));
        }
        ProjectFile r = readme.get();
        Optional<ProjectFile> docs = f.snapshot.files(FileKind.DOCS_DIR).stream()
                .filter(d -> f.year.contains(changed(d.detail()))).findFirst();
        boolean two = r.bytes() >= SUBSTANTIAL_README && docs.isPresent();
        String docsText = docs.map(d -> "; " + d.path() + " changed " + d.detail())
                .orElse("; no docs directory changed in 365 days");
        return new Leaf("IND.DOC", two ? 2 : 1, r.bytes() + " bytes", r.path() + " has " + r.bytes() + " bytes" + docsText);
    }

    /** The docs directory's last change, an ISO-8601 instant (an offset date-time is accepted too). */
    static Instant changed(String detail) {
        if (detail == null) {
            return null;
        }
        try {
            return Instant.parse(detail.trim());
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(detail.trim()).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
