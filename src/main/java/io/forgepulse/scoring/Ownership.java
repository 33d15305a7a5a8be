package io.forgepulse.scoring;

import io.forgepulse.domain.OwnerType;

import java.util.Locale;

/**
 * GOV.OWNER: a personal account → 0, an organization → 1, an organization in the configured foundation list
 * → 2. Null when the owner type is unknown (plain git).
 */
final class Ownership {

    private Ownership() {
    }

    static Leaf of(Facts f) {
        if (f.snapshot == null || f.snapshot.ownerType() == null || f.snapshot.ownerType() == OwnerType.UNKNOWN) {
            return Leaf.unknown("GOV.OWNER", "owner type unknown");
        }
        String owner = f.snapshot.owner() == null ? "" : f.snapshot.owner().toLowerCase(Locale.ROOT);
        if (f.snapshot.ownerType() == OwnerType.USER) {
            return new Leaf("GOV.OWNER", 0, "user", "owned by the personal account " + owner);
        }
        boolean foundation = f.rules.foundations().contains(owner);
        return new Leaf("GOV.OWNER", foundation ? 2 : 1, foundation ? "foundation" : "organization",
                "owned by the organization " + owner + (foundation ? ", in the foundation list" : ""));
    }
}
