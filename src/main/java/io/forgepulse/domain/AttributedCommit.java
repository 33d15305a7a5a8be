package io.forgepulse.domain;

/**
 * A commit with its author resolved to a merged person.
 *
 * @param organization the author's organization on the commit's date (an operator's enrolment may date it),
 *     null when unaffiliated or unknown
 */
public record AttributedCommit(Commit commit, Person author, String organization) {

    /** The author's organization whatever the date. */
    public AttributedCommit(Commit commit, Person author) {
        this(commit, author, author == null ? null : author.organization());
    }
}
