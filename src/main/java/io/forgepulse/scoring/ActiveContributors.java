package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Review;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people active in a window: non-bot authors of commits, change requests, reviews, issues and comments
 * (docs/scoring.md §2 contributor_count). One definition serves the activity signal, the diversity metric,
 * retention and ACT.CONTRIB, so the same person is never "active" in one score and absent in another.
 * A plain git repository only has commits, so there it is the commit authors.
 */
final class ActiveContributors {

    private ActiveContributors() {
    }

    static Set<String> in(Facts f, Window w) {
        Set<String> keys = new TreeSet<>();
        for (AttributedCommit c : f.humanCommitsIn(w)) {
            keys.add(c.author().key());
        }
        if (!f.history.forgeEvents()) {
            return keys;
        }
        for (Issue i : f.history.issues()) {
            add(f, keys, i.author(), i.authorIsBot(), i.createdAt(), w);
        }
        for (ChangeRequest cr : f.history.changeRequests()) {
            add(f, keys, cr.author(), cr.authorIsBot(), cr.createdAt(), w);
        }
        for (Review r : f.history.reviews()) {
            add(f, keys, r.author(), r.authorIsBot(), r.submittedAt(), w);
        }
        for (Comment c : f.history.comments()) {
            add(f, keys, c.author(), c.authorIsBot(), c.createdAt(), w);
        }
        return keys;
    }

    private static void add(Facts f, Set<String> keys, String login, boolean bot, OffsetDateTime at, Window w) {
        if (!w.contains(at)) {
            return;
        }
        String key = f.people.humanKey(login, bot);
        if (key != null) {
            keys.add(key);
        }
    }
}
