package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;

import java.util.Locale;
import java.util.Optional;

/** SEC.POLICY: no SECURITY file → 0; present → 1; present with a contact and a disclosure process → 2. */
final class SecurityPolicy {

    private SecurityPolicy() {
    }

    static Leaf of(Facts f) {
        if (f.snapshot == null) {
            return Leaf.unknown("SEC.POLICY", "no snapshot");
        }
        Optional<ProjectFile> policy = f.snapshot.first(FileKind.SECURITY);
        if (policy.isEmpty()) {
            return new Leaf("SEC.POLICY", 0, "none", "no SECURITY file");
        }
        String detail = policy.get().detail() == null ? "" : policy.get().detail().toLowerCase(Locale.ROOT);
        boolean complete = detail.contains("contact") && detail.contains("process");
        return new Leaf("SEC.POLICY", complete ? 2 : 1, detail.isEmpty() ? "present" : detail,
                policy.get().path() + (complete ? " names a contact and a disclosure process" : " lacks a contact or a disclosure process"));
    }
}
