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
 * interrupted one it is the frontier of what the stored batches hold (see {@link CommitBatches}).
 *
 * <p>Why that is safe: batches follow {@code --topo-order --reverse}, where every commit comes after its
 * parents, so the commits stored so far are closed under "parent of" within the range read. The ancestors of
 * a stored batch's last commit are therefore stored too, or were excluded (stored) by an earlier position.
 *
 * <p>At most {@value #MAX_EXCLUSIONS} exclusions are kept, the oldest dropped first, so the position fits its column
 * whatever the length or shape of the history. Dropping an exclusion only widens the range read next time: the
 * commits it covered are stored already, are read again and upserted unchanged; none is lost, because the argument
 * above holds for any subset of exclusions.
 */
record CommitCursor(List<String> exclusions) {

    static final String STREAM = "commits";

    /** 256 shas of 64 characters and their separators take 16,639 characters, under the 20,000 of the column. */
    static final int MAX_EXCLUSIONS = 256;

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    CommitCursor {
        int size = exclusions.size();
        exclusions = List.copyOf(exclusions.subList(Math.max(0, size - MAX_EXCLUSIONS), size));
    }

    /**
     * Reads a stored position; anything that is not a full sha is dropped (it cannot be trusted as a revision), and of
     * a longer list stored by an earlier version only the newest {@value #MAX_EXCLUSIONS} are kept.
     */
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

    String position() {
        return String.join(" ", exclusions);
    }
}
