package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A person's first-ever commit: a person is a new contributor in the bucket (or month) it falls in. */
final class NewContributors {

    private NewContributors() {
    }

    /** Person key → the author date of their earliest commit, over the commits given (bots already left out). */
    static Map<String, Instant> firstCommits(List<AttributedCommit> humanCommits) {
        Map<String, Instant> first = new TreeMap<>();
        for (AttributedCommit c : humanCommits) {
            Instant t = Facts.authored(c.commit());
            if (t != null) {
                first.merge(c.author().key(), t, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }
}
