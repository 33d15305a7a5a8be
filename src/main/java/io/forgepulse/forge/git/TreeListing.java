package io.forgepulse.forge.git;

import io.forgepulse.forge.ForgeException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the whole tree at HEAD once ({@code ls-tree -r -t -l --full-tree -z}), keeping only the entries a
 * filter wants, so a tree of a hundred thousand paths is streamed, not held.
 */
final class TreeListing {

    private final GitProcess git;

    TreeListing(GitProcess git) {
        this.git = git;
    }

    /**
     * The entries at {@code commit}. {@code -l} needs every blob for its size; in a partial clone
     * ({@code --filter=blob:none}) whose promisor cannot serve one, git fails the whole listing, so the tree is
     * listed again without sizes (each then {@link TreeEntry#UNKNOWN_SIZE}) rather than failing the harvest.
     */
    List<TreeEntry> entries(String commit, Predicate<TreeEntry> wanted) throws ForgeException {
        try {
            return entries(List.of("ls-tree", "-r", "-t", "-l", "--full-tree", "-z", commit), wanted);
        } catch (ForgeException missingBlob) {
            return entries(List.of("ls-tree", "-r", "-t", "--full-tree", "-z", commit), wanted);
        }
    }

    private List<TreeEntry> entries(List<String> args, Predicate<TreeEntry> wanted) throws ForgeException {
        return git.run(args, null, stdout -> {
            List<TreeEntry> kept = new ArrayList<>();
            InputStream in = new BufferedInputStream(stdout, 1 << 16);
            ByteArrayOutputStream record = new ByteArrayOutputStream(256);
            int b;
            while ((b = in.read()) >= 0) {
                if (b == 0) {
                    TreeEntry entry = parse(record.toString(StandardCharsets.UTF_8));
                    if (entry != null && wanted.test(entry)) {
                        kept.add(entry);
                    }
                    record.reset();
                } else {
                    record.write(b);
                }
            }
            return kept;
        });
    }

    /** {@code <mode> SP <type> SP <oid> [SP+ <size or ->] TAB <path>}. */
    static TreeEntry parse(String record) throws IOException {
        int tab = record.indexOf('\t');
        if (tab < 0) {
            return null;
        }
        String[] meta = record.substring(0, tab).trim().split(" +");
        if (meta.length < 3) {
            throw new IOException("unexpected ls-tree line: " + record);
        }
        long size = meta.length < 4 ? TreeEntry.UNKNOWN_SIZE : meta[3].equals("-") ? 0 : Long.parseLong(meta[3]);
        return new TreeEntry(meta[1], meta[2], size, record.substring(tab + 1));
    }
}
