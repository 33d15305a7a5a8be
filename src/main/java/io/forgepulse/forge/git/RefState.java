package io.forgepulse.forge.git;

import io.forgepulse.forge.ForgeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a harvest of the repository depends on, read by one {@code for-each-ref}: the branch HEAD names and its
 * commit (the snapshot, the commits and the committed {@code .mailmap} follow from them), every tag with the object
 * it names (the releases follow from those), and a working tree's own {@code .mailmap}. Equal states mean a snapshot
 * and a harvest would find exactly what they found before; a detached or unborn HEAD has no state (always read).
 */
final class RefState {

    /**
     * Raised when a build reads more from the same refs (a new file kind in the snapshot, say), so that every stored
     * project is read once again by the first harvest of that build.
     */
    static final String VERSION = "1";

    /** {@code *} on the branch HEAD names; the object name then the ref, with no other field that could vary. */
    private static final List<String> LIST = List.of("for-each-ref", "--format=%(HEAD) %(objectname) %(refname)",
            "refs/heads", "refs/tags");

    private final GitProcess git;

    RefState(GitProcess git) {
        this.git = git;
    }

    /** A SHA-256 of the state, or empty when HEAD names no branch with a commit. */
    Optional<String> read() throws ForgeException {
        String listing = git.run(LIST, null, GitProcess::readText);
        StringBuilder state = new StringBuilder(VERSION).append('\n');
        boolean head = false;
        for (String line : listing.split("\n")) {
            if (line.startsWith("*")) {
                head = true;
                state.append(line).append('\n');
            } else if (line.startsWith("  ") && line.contains(" refs/tags/")) {
                state.append(line, 2, line.length()).append('\n'); // other branches move freely: not read
            }
        }
        if (!head) {
            return Optional.empty();
        }
        Path worktreeMailmap = git.directory().resolve(".mailmap");
        if (Files.isRegularFile(worktreeMailmap)) {
            state.append("mailmap ").append(Sha256.hex(read(worktreeMailmap))).append('\n');
        }
        return Optional.of(Sha256.hex(state.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] read(Path file) throws ForgeException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ForgeException("could not read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
