package io.forgepulse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds a secret (a token) in the files a run left under a directory: cache entries, journals, mirrors, databases. */
public final class SecretScan {

    private SecretScan() {
    }

    /** The files under {@code dir} whose bytes hold {@code secret}. */
    public static List<Path> filesHolding(Path dir, String secret) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(secret);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
