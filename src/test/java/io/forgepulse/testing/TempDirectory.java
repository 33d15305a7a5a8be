package io.forgepulse.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a test service's temporary directory when its resource stops. */
public final class TempDirectory {

    private TempDirectory() {
    }

    /** Deletes {@code root} and everything below it, as far as it can: a temp directory left behind is harmless. */
    public static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left behind: harmless (see above).
        }
    }
}
