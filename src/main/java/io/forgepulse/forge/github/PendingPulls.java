package io.forgepulse.forge.github;

import io.forgepulse.forge.HarvestCursor;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Pull numbers whose merge facts and reviews are still to be read, kept in the cursor: a pull is stored from the
 * issue list at once and completed by a later GraphQL batch of {@value PullRequestDetails#BATCH}, so a run that stops
 * in between finishes the job next time instead of forgetting it.
 */
record PendingPulls(TreeSet<Integer> numbers) {

    static final String STREAM = "pulls.pending";

    static PendingPulls of(HarvestCursor cursor) {
        TreeSet<Integer> numbers = new TreeSet<>();
        cursor.position(STREAM).filter(p -> !p.isBlank())
                .ifPresent(p -> Arrays.stream(p.split(",")).map(Integer::valueOf).forEach(numbers::add));
        return new PendingPulls(numbers);
    }

    PendingPulls plus(Collection<String> more) {
        TreeSet<Integer> next = new TreeSet<>(numbers);
        // A pull the list sent without a number is skipped downstream; it has nothing to complete.
        more.stream().filter(n -> n.matches("\\d{1,9}")).forEach(n -> next.add(Integer.valueOf(n)));
        return new PendingPulls(next);
    }

    /** The first {@code count} numbers, lowest first. */
    List<String> first(int count) {
        return numbers.stream().limit(count).map(String::valueOf).toList();
    }

    PendingPulls without(Collection<String> done) {
        TreeSet<Integer> next = new TreeSet<>(numbers);
        done.forEach(n -> next.remove(Integer.valueOf(n)));
        return new PendingPulls(next);
    }

    int size() {
        return numbers.size();
    }

    HarvestCursor into(HarvestCursor cursor) {
        return cursor.with(STREAM, numbers.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
