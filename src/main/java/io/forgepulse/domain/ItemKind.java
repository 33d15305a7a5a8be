package io.forgepulse.domain;

/**
 * What a comment is on. Said by the connector that read it, never guessed from a key: GitLab's issue #7 and merge
 * request !7 are different items, and so are Gitee's pull 5 and a comment on it listed among issue comments.
 */
public enum ItemKind {
    ISSUE,
    CHANGE_REQUEST
}
