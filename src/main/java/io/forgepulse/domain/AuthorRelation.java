package io.forgepulse.domain;

/**
 * How the author of an issue or change request stands to the project, the same on every forge (each connector maps
 * its own notion: GitHub's {@code author_association}, Gitee's repository owner and members; see docs/scoring.md D56).
 */
public enum AuthorRelation {
    /** Owns the project (GitHub owner, owner of a personal Gitee namespace). */
    OWNER,
    /** Member of the owning organization or of the project. */
    MEMBER,
    /** Invited to the project with write access, not a member. */
    COLLABORATOR,
    /** Outside the project, with changes merged before. */
    CONTRIBUTOR,
    /** Outside the project, never merged before. */
    FIRST_TIME,
    /** Outside the project, known to have no relation to it. */
    NONE,
    /** The forge did not say, or this connector cannot tell. */
    UNKNOWN;

    /** Part of the project: owner, member or collaborator. */
    public boolean insider() {
        return this == OWNER || this == MEMBER || this == COLLABORATOR;
    }

    /** Known inside or outside: scoring that needs the relation skips {@link #UNKNOWN}. */
    public boolean known() {
        return this != UNKNOWN;
    }

    /** The stored name back as a relation; a name this build does not know, or none, is {@link #UNKNOWN}. */
    public static AuthorRelation of(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        for (AuthorRelation r : values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return UNKNOWN;
    }
}
