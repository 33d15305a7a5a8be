package io.forgepulse.domain;

/** A commit with its author resolved to a merged person. */
public record AttributedCommit(Commit commit, Person author) {
}
