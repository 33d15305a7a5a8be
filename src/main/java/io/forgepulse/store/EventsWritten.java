package io.forgepulse.store;

/** How many rows a write inserted or changed, per kind; events already stored unchanged count 0. */
public record EventsWritten(int commits, int releases, int issues, int changeRequests, int comments, int reviews) {

    public static final EventsWritten NONE = new EventsWritten(0, 0, 0, 0, 0, 0);

    public EventsWritten plus(EventsWritten other) {
        return new EventsWritten(commits + other.commits, releases + other.releases, issues + other.issues,
                changeRequests + other.changeRequests, comments + other.comments, reviews + other.reviews);
    }

    public int total() {
        return commits + releases + issues + changeRequests + comments + reviews;
    }
}
