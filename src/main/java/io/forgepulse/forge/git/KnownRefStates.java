package io.forgepulse.forge.git;

import io.forgepulse.forge.ForgeException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link RefState} last read from each local repository, kept with the {@link RefFiles} fingerprint taken right
 * before it was read: while the fingerprint stays equal the state is answered without a git process, which is what a
 * harvest with nothing new costs (a few {@code stat} calls instead of a fork and exec of git per project and cycle).
 * The fingerprint is taken before the read, so a ref that moves during the read changes the next fingerprint and the
 * state is read again; the worst a race costs is one more git process, never a stale state. Kept in memory only: a
 * restart, or another instance, reads each state once again.
 */
final class KnownRefStates {

    /**
     * Files written this recently are not trusted to show their next write: a second write within the file system's
     * timestamp granularity (a clock tick on Linux, 2 s on FAT) could keep the time. Two seconds cover them all.
     */
    static final Duration SETTLE = Duration.ofSeconds(2);

    /** Reads a state with git. */
    @FunctionalInterface
    interface Read {
        Optional<String> state() throws ForgeException;
    }

    private record Known(String fingerprint, Optional<String> state) {
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    private final Duration settle;

    KnownRefStates() {
        this(SETTLE);
    }

    KnownRefStates(Duration settle) {
        this.settle = settle;
    }

    /** The state of the repository at {@code directory}: the known one while its files did not change, else read. */
    Optional<String> state(Path directory, Read read) throws ForgeException {
        Optional<String> fingerprint = RefFiles.fingerprint(directory, FileTime.from(Instant.now().minus(settle)));
        Known last = known.get(directory);
        if (last != null && fingerprint.isPresent() && last.fingerprint().equals(fingerprint.get())) {
            return last.state();
        }
        known.remove(directory); // no longer matching: kept again only with the fingerprint of a read that succeeds
        Optional<String> state = read.state();
        fingerprint.ifPresent(f -> known.put(directory, new Known(f, state)));
        return state;
    }
}
