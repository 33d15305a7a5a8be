package io.forgepulse.forge.github;

import io.forgepulse.domain.AuthorRelation;

/**
 * GitHub's {@code author_association} (REST) or {@code authorAssociation} (GraphQL) as the forge-neutral relation: the
 * two first-timer values are {@link AuthorRelation#FIRST_TIME}; {@code MANNEQUIN} (a placeholder for a user of an
 * imported repository) and anything GitHub may add later are {@link AuthorRelation#UNKNOWN}.
 */
final class Associations {

    private Associations() {
    }

    static AuthorRelation of(String association) {
        if (association == null) {
            return AuthorRelation.UNKNOWN;
        }
        return switch (association) {
            case "OWNER" -> AuthorRelation.OWNER;
            case "MEMBER" -> AuthorRelation.MEMBER;
            case "COLLABORATOR" -> AuthorRelation.COLLABORATOR;
            case "CONTRIBUTOR" -> AuthorRelation.CONTRIBUTOR;
            case "FIRST_TIME_CONTRIBUTOR", "FIRST_TIMER" -> AuthorRelation.FIRST_TIME;
            case "NONE" -> AuthorRelation.NONE;
            default -> AuthorRelation.UNKNOWN;
        };
    }
}
