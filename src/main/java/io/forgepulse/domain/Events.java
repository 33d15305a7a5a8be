package io.forgepulse.domain;

import java.util.List;

/** Events of every kind, as one harvest batch carries them and the store writes them. */
public record Events(
        List<Commit> commits,
        List<Release> releases,
        List<Issue> issues,
        List<ChangeRequest> changeRequests,
        List<Comment> comments,
        List<Review> reviews) {

    public Events {
        commits = List.copyOf(commits);
        releases = List.copyOf(releases);
        issues = List.copyOf(issues);
        changeRequests = List.copyOf(changeRequests);
        comments = List.copyOf(comments);
        reviews = List.copyOf(reviews);
    }

    public static Events ofCommits(List<Commit> commits) {
        return new Events(commits, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static Events ofReleases(List<Release> releases) {
        return new Events(List.of(), releases, List.of(), List.of(), List.of(), List.of());
    }

    public int size() {
        return commits.size() + releases.size() + issues.size() + changeRequests.size() + comments.size() + reviews.size();
    }
}
