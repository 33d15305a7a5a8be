package io.forgepulse.forge.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A fingerprint of the files a {@link RefState} is read from, taken with a few {@code stat} calls instead of a git
 * process: {@code HEAD}, {@code packed-refs}, {@code config}, every directory and loose ref under {@code refs/heads}
 * and {@code refs/tags}, and a working tree's {@code .mailmap}, each by size, modification time and file key (inode).
 * Git updates every one of these by writing a lock file and renaming it over the old one, so an update gives the file
 * a new inode as well as a new time; a ref added or deleted changes its directory's listing and time.
 *
 * <p>Two rules keep an equal fingerprint from hiding a change. A fingerprint is only given when every file is older
 * than {@code settledBefore}: a file written within the file system's timestamp granularity of the look could be
 * written again with the same time (git's own "racy" rule for its index). And layouts this does not know are not
 * fingerprinted at all: a linked working tree or submodule ({@code .git} is a file, or {@code commondir} names refs
 * elsewhere), the reftable ref store, and a symbolic link among the refs (the walk does not follow it).
 */
final class RefFiles {

    private static final List<String> FILES = List.of("HEAD", "packed-refs", "config");
    private static final List<String> TREES = List.of("refs/heads", "refs/tags");

    private RefFiles() {
    }

    /**
     * The fingerprint of {@code directory}'s refs (a working tree or a bare repository, as a location names it), or
     * empty when it cannot be trusted: an unknown layout, a file newer than {@code settledBefore}, or a read error.
     */
    static Optional<String> fingerprint(Path directory, FileTime settledBefore) {
        Path dotGit = directory.resolve(".git");
        Path gitDir = Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS) ? dotGit
                : Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS) ? null : directory;
        if (gitDir == null || !Files.isRegularFile(gitDir.resolve("HEAD"))
                || Files.exists(gitDir.resolve("commondir")) || Files.exists(gitDir.resolve("reftable"))) {
            return Optional.empty();
        }
        Listing listing = new Listing(gitDir);
        try {
            for (String name : FILES) {
                listing.file(gitDir.resolve(name));
            }
            listing.file(directory.resolve(".mailmap"));
            for (String tree : TREES) {
                listing.tree(gitDir.resolve(tree));
            }
        } catch (IOException e) {
            return Optional.empty(); // a ref store changing under the walk, say: git reads it instead
        }
        return listing.trusted && listing.newest.compareTo(settledBefore) < 0 ? Optional.of(listing.fingerprint())
                : Optional.empty();
    }

    /** The entries in path order (a walk's order is the directory's), and the newest time among them. */
    private static final class Listing {

        private final Path gitDir;
        private final TreeMap<String, String> entries = new TreeMap<>();
        private FileTime newest = FileTime.fromMillis(Long.MIN_VALUE);
        private boolean trusted = true;

        Listing(Path gitDir) {
            this.gitDir = gitDir;
        }

        void file(Path file) throws IOException {
            try {
                add(file, Files.readAttributes(file, BasicFileAttributes.class));
            } catch (NoSuchFileException e) {
                entries.put(key(file), "-");
            }
        }

        void tree(Path tree) throws IOException {
            if (!Files.isDirectory(tree)) {
                entries.put(key(tree), "-");
                return;
            }
            Files.walkFileTree(tree, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    add(dir, attributes);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    add(file, attributes);
                    return FileVisitResult.CONTINUE;
                }
            });
        }

        private void add(Path path, BasicFileAttributes attributes) {
            if (attributes.isSymbolicLink()) {
                trusted = false; // the walk does not follow it, so what it points to could change unseen
            }
            FileTime modified = attributes.lastModifiedTime();
            if (modified.compareTo(newest) > 0) {
                newest = modified;
            }
            entries.put(key(path), modified.toInstant() + " " + attributes.size() + " " + attributes.fileKey());
        }

        private String key(Path path) {
            return gitDir.relativize(path).toString();
        }

        String fingerprint() {
            StringBuilder all = new StringBuilder();
            entries.forEach((path, entry) -> all.append(path).append(' ').append(entry).append('\n'));
            return Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
