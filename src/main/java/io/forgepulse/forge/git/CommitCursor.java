package io.forgepulse.forge.git;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The position of the "commits" stream: the space-separated shas whose ancestors are all stored already, i.e.
 * the commits to exclude ({@code ^sha}) on the next read. After a complete harvest it is just the tip; after an
 * interrupted one it is the earlier exclusions plus the last sha of every batch that was stored.
 *
 * <p>Why that is safe: batches follow {@code --topo-order --reverse}, where every commit comes after its
 * parents, so the commits stored so far are closed under "parent of" within the range read. The ancestors of
 * a stored batch's last commit are therefore stored too, or were excluded (stored) by an earlier position.
 */
record CommitCursor(List<String> exclusions) {

    static final String STREAM = "commits";

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    CommitCursor {
        exclusions = List.copyOf(exclusions);
    }

    /** Reads a stored position; anything that is not a full sha is dropped (it cannot be trusted as a revision). */
    static CommitCursor parse(Optional<String> position) {
        Set<String> shas = new LinkedHashSet<>();
        position.ifPresent(p -> {
            for (String token : p.trim().split("\\s+")) {
                if (SHA.matcher(token).matches()) {
                    shas.add(token);
                }
            }
        });
        return new CommitCursor(new ArrayList<>(shas));
    }

    static CommitCursor tip(String sha) {
        return new CommitCursor(List.of(sha));
    }

    boolean isExactly(String sha) {
        return exclusions.size() == 1 && exclusions.get(0).equals(sha);
    }

    CommitCursor plus(String sha) {
        if (exclusions.contains(sha)) {
            return this;
        }
        List<String> next = new ArrayList<>(exclusions);
        next.add(sha);
        return new CommitCursor(next);
    }

    String position() {
        return String.join(" ", exclusions);
    }
}
