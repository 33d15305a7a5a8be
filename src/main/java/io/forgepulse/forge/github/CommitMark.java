package io.forgepulse.forge.github;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The position of the "commits.api" stream: the newest committer date stored and the shas committed at that very
 * second, written {@code "2010-11-15T23:37:36Z sha sha"}. GitHub's {@code since} includes its own second, so the next
 * window starts with those commits again; their shas keep them from being emitted twice.
 *
 * <p>At most {@value #MAX_SHAS} shas are kept, the lowest ones (an import or a rebase can commit thousands in one
 * second): the position must fit its column, and a commit at the mark left out of them is only emitted again and
 * upserted unchanged, never lost. Keeping the lowest, not the first read, makes a window read again reach the same
 * mark whatever the order of the answers, so an unchanged project still ends its run after one window.
 *
 * @param date null before the first complete window
 */
record CommitMark(Instant date, Set<String> shas) {

    static final String STREAM = "commits.api";
    static final CommitMark NONE = new CommitMark(null, Set.of());

    /** A date and 256 shas of 64 characters with their separators take 16,660 characters, under the column's 20,000. */
    static final int MAX_SHAS = 256;

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    CommitMark {
        shas = Set.copyOf(new TreeSet<>(shas).stream().limit(MAX_SHAS).toList());
    }

    /** A stored position; one that cannot be read counts as none (everything is read again, which upserts absorb). */
    static CommitMark parse(Optional<String> position) {
        if (position.isEmpty() || position.get().isBlank()) {
            return NONE;
        }
        String[] tokens = position.get().trim().split("\\s+");
        try {
            Set<String> shas = new TreeSet<>();
            for (int i = 1; i < tokens.length; i++) {
                if (!SHA.matcher(tokens[i]).matches()) {
                    return NONE;
                }
                shas.add(tokens[i]);
            }
            return new CommitMark(Instant.parse(tokens[0]), shas);
        } catch (DateTimeParseException e) {
            return NONE;
        }
    }

    String position() {
        return date + (shas.isEmpty() ? "" : " " + String.join(" ", new TreeSet<>(shas)));
    }

    /** Whether this commit was stored with the mark: committed at the mark's second, with a sha it names. */
    boolean covers(String sha, Instant committed) {
        return date != null && date.equals(committed) && shas.contains(sha);
    }

    /** The mark once this commit is read too: a later date replaces it, the same date adds the sha. */
    CommitMark with(String sha, Instant committed) {
        if (committed == null || date != null && committed.isBefore(date)) {
            return this;
        }
        if (committed.equals(date)) {
            Set<String> more = new TreeSet<>(shas);
            more.add(sha);
            return new CommitMark(date, more);
        }
        return new CommitMark(committed, Set.of(sha));
    }
}
