package io.forgepulse.domain;

import java.util.List;

/**
 * Everything stored about a project, the input of every score.
 *
 * @param snapshot the latest snapshot, or null before the first harvest finished
 * @param forgeEvents whether the source provides issues, change requests, comments and reviews at all
 *     (false for plain git: their signals are then dropped, not counted as zero)
 */
public record ProjectHistory(
        ProjectId id,
        ProjectSnapshot snapshot,
        List<AttributedCommit> commits,
        List<Release> releases,
        List<Issue> issues,
        List<ChangeRequest> changeRequests,
        List<Comment> comments,
        List<Review> reviews,
        boolean forgeEvents) {

    public ProjectHistory {
        commits = List.copyOf(commits);
        releases = List.copyOf(releases);
        issues = List.copyOf(issues);
        changeRequests = List.copyOf(changeRequests);
        comments = List.copyOf(comments);
        reviews = List.copyOf(reviews);
    }
}
