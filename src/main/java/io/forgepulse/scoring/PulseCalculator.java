package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.Pulse;
import io.forgepulse.domain.Release;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A GitHub-Pulse style summary of {@code [from, to)}: authors who pushed (non-bot people), commits to the
 * default branch (every commit, by author date), files changed, additions and deletions, PRs opened and
 * merged, issues opened and closed (null for plain git), releases.
 *
 * <p>Files changed is the sum of each commit's changed-file count: the store keeps counts, not paths, so a
 * file changed by two commits counts twice (GitHub counts it once).
 */
public final class PulseCalculator {

    private PulseCalculator() {
    }

    public static Pulse pulse(ProjectHistory history, Instant from, Instant to) {
        return pulse(history, from, to, ScoringRules.defaults());
    }

    /** As {@link #pulse(ProjectHistory, Instant, Instant)}, with the configured bot list. */
    public static Pulse pulse(ProjectHistory history, Instant from, Instant to, ScoringRules rules) {
        Objects.requireNonNull(history, "a project history is required");
        if (from == null || to == null) {
            throw new IllegalArgumentException("a pulse needs both ends of its period");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
        Window w = new Window(from, to);
        People people = new People(history.commits());
        Set<String> authors = new HashSet<>();
        int commits = 0;
        int files = 0;
        long additions = 0;
        long deletions = 0;
        for (AttributedCommit c : history.commits()) {
            if (!w.contains(Facts.authored(c.commit()))) {
                continue;
            }
            commits++;
            files += c.commit().filesChanged();
            additions += c.commit().linesAdded();
            deletions += c.commit().linesDeleted();
            if (c.author() != null && !people.isBot(c.author())) {
                authors.add(c.author().key());
            }
        }
        int releases = 0;
        for (Release r : history.releases()) {
            if (w.contains(r.publishedAt())) {
                releases++;
            }
        }
        Integer prsOpened = null;
        Integer prsMerged = null;
        Integer issuesOpened = null;
        Integer issuesClosed = null;
        if (history.forgeEvents()) {
            prsOpened = 0;
            prsMerged = 0;
            for (ChangeRequest cr : history.changeRequests()) {
                prsOpened += w.contains(cr.createdAt()) ? 1 : 0;
                prsMerged += w.contains(cr.mergedAt()) ? 1 : 0;
            }
            issuesOpened = 0;
            issuesClosed = 0;
            for (Issue i : history.issues()) {
                issuesOpened += w.contains(i.createdAt()) ? 1 : 0;
                issuesClosed += w.contains(i.closedAt()) ? 1 : 0;
            }
        }
        return new Pulse(from, to, authors.size(), commits, files, additions, deletions, prsOpened, prsMerged,
                issuesOpened, issuesClosed, releases);
    }
}
