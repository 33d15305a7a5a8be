package io.forgepulse.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a score card needs from a project's history beyond its windows (docs/scoring.md, "What a card reads"), for a
 * history that holds only the windows' events: the store computes these from aggregates instead of every event. Seen
 * from one instant, the card's {@code now}.
 *
 * @param anyEvents whether anything at all was ever stored (commits, releases, issues, change requests, comments or
 *     reviews)
 * @param anyHumanCommit whether any non-bot commit was ever stored
 * @param commitAuthors the people behind every commit author line, bots included: who a forge login is
 * @param firstCommit the oldest commit, bots included (ties by sha), or null without commits
 * @param lastHumanCommit the newest non-bot commit authored up to {@code now} (ties by the largest sha), or null
 * @param firstCommits non-bot person key to the author date of their first commit
 * @param commitsPerOrganization non-bot commits of the whole history per organization on each commit's date; only
 *     for a source without forge events (the only one whose external share needs it), empty otherwise
 */
public record HistoryFacts(boolean anyEvents, boolean anyHumanCommit, List<Person> commitAuthors, Commit firstCommit,
        AttributedCommit lastHumanCommit, Map<String, Instant> firstCommits, Map<String, Long> commitsPerOrganization) {

    public HistoryFacts {
        commitAuthors = List.copyOf(commitAuthors);
        firstCommits = Map.copyOf(firstCommits);
        commitsPerOrganization = Map.copyOf(commitsPerOrganization);
    }
}
