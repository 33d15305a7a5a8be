package io.forgepulse.forge.http;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import okio.FileSystem;
import okio.ForwardingFileSystem;
import okio.Path;
import okio.Sink;

/**
 * The file system the HTTP cache writes through: every file it creates is owner-only (600) and every directory 700,
 * whatever the process's umask, so cached answers of private repositories are not readable by other users.
 */
final class PrivateCacheFiles extends ForwardingFileSystem {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    PrivateCacheFiles() {
        super(FileSystem.SYSTEM);
    }

    @Override
    public Sink sink(Path file, boolean mustCreate) throws IOException {
        Sink sink = super.sink(file, mustCreate);
        restrict(file, FILE);
        return sink;
    }

    @Override
    public Sink appendingSink(Path file, boolean mustExist) throws IOException {
        Sink sink = super.appendingSink(file, mustExist);
        restrict(file, FILE);
        return sink;
    }

    @Override
    public void createDirectory(Path dir, boolean mustCreate) throws IOException {
        super.createDirectory(dir, mustCreate);
        restrict(dir, DIRECTORY);
    }

    /** Makes a file the cache directory holds besides OkHttp's own (the credential check's marker) owner-only. */
    static void ownerOnly(java.nio.file.Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path.toNioPath(), permissions);
        }
    }
}
