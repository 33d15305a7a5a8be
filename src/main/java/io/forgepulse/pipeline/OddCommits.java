package io.forgepulse.pipeline;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts, over one harvest, the commits that are stored as far as they could be read but not as a person would
 * expect them, so that the run's message says so: no author address (the person is known by name only), an author
 * name that was not valid UTF-8 (stored with U+FFFD for the bad bytes), a date at or before 1970-01-01 (a missing
 * or broken date reads as the epoch), a date after the harvest (counted in totals and in its own bucket of a series,
 * in no window that ends now). Thread-safe: batches are checked on the store's writer thread.
 */
final class OddCommits {

    private static final Instant EPOCH_DAY_END = Instant.EPOCH.plusSeconds(86_400);

    private final Instant harvestedAt;
    private long noAddress;
    private long badName;
    private long epoch;
    private long future;

    OddCommits(Instant harvestedAt) {
        this.harvestedAt = harvestedAt;
    }

    synchronized void check(List<Commit> commits) {
        for (Commit c : commits) {
            Signature author = c.author();
            if (author.email() == null || author.email().isBlank()) {
                noAddress++;
            }
            if (author.name() != null && author.name().indexOf('\uFFFD') >= 0) {
                badName++;
            }
            Instant when = author.when().toInstant();
            if (when.isBefore(EPOCH_DAY_END)) {
                epoch++;
            } else if (when.isAfter(harvestedAt)) {
                future++;
            }
        }
    }

    /** One sentence per kind found, for the run's message; empty when every commit was plain. */
    synchronized List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (noAddress > 0) {
            notes.add(commits(noAddress, "have", "has") + " no author address (their author is one person known by name)");
        }
        if (badName > 0) {
            notes.add(commits(badName, "have", "has") + " an author name that is not valid UTF-8 (stored with \uFFFD for the"
                    + " bytes that are not)");
        }
        if (epoch > 0) {
            notes.add(commits(epoch, "are", "is") + " dated 1970-01-01 or earlier (a missing or broken date; counted in"
                    + " totals and in their month)");
        }
        if (future > 0) {
            notes.add(commits(future, "are", "is") + " dated after this harvest (counted in totals and in their month, in no"
                    + " window that ends now)");
        }
        return notes;
    }

    private static String commits(long n, String plural, String singular) {
        return n == 1 ? "1 commit " + singular : n + " commits " + plural;
    }
}
