package io.forgepulse.forge.git;

import io.forgepulse.forge.ForgeException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Local bare mirrors of clone URLs under one directory, one {@code <name>.git} per project.
 * A mirror only ever appears complete: it is cloned into a temporary sibling and renamed into place, so a crash
 * mid-clone leaves a temporary directory (removed on the next attempt), never a half mirror that looks usable.
 */
final class Mirrors {

    /** Network options: give up on a stalled transfer instead of hanging a harvest forever. */
    private static final List<String> NETWORK = List.of(
            "-c", "http.lowSpeedLimit=1000", "-c", "http.lowSpeedTime=120",
            // Only the transports GitLocation accepts, even if a server redirects or the config allows more.
            "-c", "protocol.allow=never", "-c", "protocol.file.allow=always",
            "-c", "protocol.http.allow=always", "-c", "protocol.https.allow=always");

    /**
     * git itself creates every file of a mirror owner-only (600, directories 700) whatever the umask: its config may
     * hold a clone URL with credentials. Set for the clone itself and kept in the mirror's config for later fetches.
     */
    private static final String PRIVATE_FILES = "0600";
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private static final Pattern HEAD_REF = Pattern.compile("^ref: (refs/heads/\\S+)\\tHEAD$", Pattern.MULTILINE);

    private final Path root;
    /** One clone or fetch per mirror at a time within this JVM; the pipeline harvests a project at a time anyway. */
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    Mirrors(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The mirror of {@code url}, cloned first if it does not exist yet; no fetch if it does. */
    Path ensure(String name, String url) throws ForgeException {
        synchronized (lock(name)) {
            Path mirror = mirrorOf(name);
            if (Files.isDirectory(mirror)) {
                pointAt(mirror, url);
                return mirror;
            }
            cloneInto(name, url, mirror);
            return mirror;
        }
    }

    /** The mirror of {@code url}, cloned or brought up to date with the remote (pruning deleted refs). */
    Path refresh(String name, String url) throws ForgeException {
        synchronized (lock(name)) {
            Path mirror = mirrorOf(name);
            if (!Files.isDirectory(mirror)) {
                cloneInto(name, url, mirror);
                return mirror;
            }
            pointAt(mirror, url);
            GitProcess git = new GitProcess(mirror, null);
            // No FETCH_HEAD: nothing reads it, and git writes it with the umask's permissions, not core.sharedRepository's.
            git.run(network("fetch", "--prune", "--quiet", "--no-write-fetch-head", "origin"), null, GitProcess::drain);
            followRemoteHead(git);
            return mirror;
        }
    }

    private Path mirrorOf(String name) {
        return root.resolve(name.replace('/', '+') + ".git");
    }

    private Object lock(String name) {
        return locks.computeIfAbsent(name, n -> new Object());
    }

    private void cloneInto(String name, String url, Path mirror) throws ForgeException {
        String tempPrefix = "." + mirror.getFileName() + ".tmp-";
        Path temp;
        try {
            createPrivately(root);
            removeLeftovers(tempPrefix);
            temp = Files.createTempDirectory(root, tempPrefix);
        } catch (IOException e) {
            throw new ForgeException("cannot prepare the mirror directory " + root + ": " + e.getMessage(), e);
        }
        try {
            // Before 'clone' for the files its init creates, after it to keep the setting for later fetches.
            String shared = "core.sharedRepository=" + PRIVATE_FILES;
            new GitProcess(root, null).run(network("-c", shared, "clone", "--mirror", "--quiet", "-c", shared, "--", url,
                    temp.toString()), null, GitProcess::drain);
            move(temp, mirror);
        } catch (ForgeException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static void move(Path temp, Path mirror) throws ForgeException {
        try {
            Files.move(temp, mirror, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Someone else completed the same mirror first; theirs is as good as ours.
            deleteQuietly(temp);
        } catch (AtomicMoveNotSupportedException e) {
            throw new ForgeException("cannot rename " + temp + " to " + mirror + " atomically", e);
        } catch (IOException e) {
            if (Files.isDirectory(mirror)) {
                deleteQuietly(temp);
                return;
            }
            throw new ForgeException("cannot rename " + temp + " to " + mirror + ": " + e.getMessage(), e);
        }
    }

    /** The mirrors directory owner-only; mirrors made before the service set modes are left as they are. */
    private static void createPrivately(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, OWNER_ONLY);
        } else {
            Files.createDirectories(dir);
        }
    }

    /**
     * Keeps a mirror following its project's location when the configured URL changes, and makes git create its
     * later files owner-only in a mirror cloned before it did so.
     */
    private static void pointAt(Path mirror, String url) throws ForgeException {
        GitProcess git = new GitProcess(mirror, null);
        if (git.probe("config", "--get", "core.sharedRepository").isEmpty()) {
            git.text("config", "core.sharedRepository", PRIVATE_FILES);
        }
        Optional<String> current = git.probe("config", "--get", "remote.origin.url");
        if (current.isEmpty() || !current.get().equals(url)) {
            git.text("config", "remote.origin.url", url);
        }
    }

    /**
     * {@code fetch} does not move a mirror's HEAD when the remote's default branch changes (renamed to main,
     * say), and with {@code --prune} the old branch may be gone; ask the remote where its HEAD points.
     */
    private static void followRemoteHead(GitProcess git) throws ForgeException {
        String listing = git.run(network("ls-remote", "--symref", "--", "origin", "HEAD"), null, GitProcess::readText);
        var match = HEAD_REF.matcher(listing);
        if (!match.find()) {
            return; // dumb transports don't say; keep what the clone set
        }
        String remoteHead = match.group(1);
        Optional<String> localHead = git.probe("symbolic-ref", "-q", "HEAD");
        if (localHead.isPresent() && localHead.get().equals(remoteHead)) {
            return;
        }
        if (git.probe("rev-parse", "--verify", "-q", remoteHead).isPresent()) {
            git.text("symbolic-ref", "HEAD", remoteHead);
        }
    }

    private static List<String> network(String... args) {
        List<String> all = new ArrayList<>(NETWORK);
        all.addAll(List.of(args));
        return all;
    }

    private void removeLeftovers(String tempPrefix) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root, tempPrefix + "*")) {
            for (Path leftover : leftovers) {
                deleteQuietly(leftover);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A leftover temporary directory is harmless: it is never mistaken for a mirror, and is retried later.
        }
    }
}
