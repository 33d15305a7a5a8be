package io.forgepulse.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.FileBaseDefault;

/**
 * An H2 file system ({@code jdbc:h2:faultydisk:/path}) whose disk the test breaks the way real ones break: full (writes
 * fail with the operating system's "No space left on device", so H2 closes the database as it does then) or gone
 * (every read and write fails, so the database cannot be opened again).
 */
public final class FaultyDisk extends FilePathWrapper {

    /** The states of the disk. */
    public enum State { OK, FULL, GONE }

    private static volatile State state = State.OK;

    /** Registers the scheme once; call before H2 opens a URL that uses it. */
    public static synchronized void register() {
        FilePath.register(new FaultyDisk());
    }

    public static void set(State next) {
        state = next;
    }

    @Override
    public String getScheme() {
        return "faultydisk";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (state == State.GONE) {
            throw new IOException("Input/output error");
        }
        FileChannel base = getBase().open(mode);
        return new FileBaseDefault() {
            @Override
            public long size() throws IOException {
                return base.size();
            }

            @Override
            protected void implCloseChannel() throws IOException {
                base.close();
            }

            @Override
            public int read(ByteBuffer dst, long position) throws IOException {
                if (state == State.GONE) {
                    throw new IOException("Input/output error");
                }
                return base.read(dst, position);
            }

            @Override
            public int write(ByteBuffer src, long position) throws IOException {
                if (state != State.OK) {
                    throw new IOException(state == State.FULL ? "No space left on device" : "Input/output error");
                }
                return base.write(src, position);
            }

            @Override
            protected void implTruncate(long newLength) throws IOException {
                base.truncate(newLength);
            }

            @Override
            public void force(boolean metaData) throws IOException {
                base.force(metaData);
            }

            @Override
            public FileLock tryLock(long position, long size, boolean shared) throws IOException {
                return base.tryLock(position, size, shared);
            }
        };
    }
}
