package io.forgepulse.domain;

import java.util.List;

/**
 * A non-merge commit reachable from the default branch.
 *
 * @param signedOffBy the {@code Signed-off-by} trailers, as written ("Name &lt;mail&gt;")
 * @param signed whether the commit carries a GPG/SSH signature
 */
public record Commit(
        String sha,
        Signature author,
        Signature committer,
        int filesChanged,
        int linesAdded,
        int linesDeleted,
        List<String> signedOffBy,
        boolean signed) {

    public Commit {
        sha = BoundedText.key(sha, BoundedText.EVENT_KEY);
        signedOffBy = BoundedText.joinable(List.copyOf(signedOffBy), BoundedText.LIST);
    }
}
