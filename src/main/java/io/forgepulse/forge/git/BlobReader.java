package io.forgepulse.forge.git;

import io.forgepulse.forge.ForgeException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of several blobs through one {@code git cat-file --batch} process instead of one process per
 * file. Only the head of a large blob is kept: license and policy files are small, and a 50 MB "LICENSE" is
 * not going to be recognised anyway.
 */
final class BlobReader {

    static final int MAX_CHARS_KEPT = 256 * 1024;

    private final GitProcess git;

    BlobReader(GitProcess git) {
        this.git = git;
    }

    /**
     * Text per object id; ids git does not have are absent. A partial clone whose promisor cannot serve a blob
     * makes git fail the whole batch: then each blob is asked alone, and those git cannot give are absent too
     * (the leaves that read them say the file's text is unknown), so one missing blob never fails a harvest.
     */
    Map<String, String> read(Collection<String> oids) throws ForgeException {
        Set<String> unique = new LinkedHashSet<>(oids);
        if (unique.isEmpty()) {
            return Map.of();
        }
        try {
            return batch(unique);
        } catch (ForgeException missing) {
            Map<String, String> texts = new java.util.HashMap<>();
            for (String oid : unique) {
                try {
                    texts.putAll(batch(Set.of(oid)));
                } catch (ForgeException e) {
                    // this blob is not here and cannot be fetched
                }
            }
            return texts;
        }
    }

    private Map<String, String> batch(Set<String> unique) throws ForgeException {
        return git.run(List.of("cat-file", "--batch"), stdin -> {
            StringBuilder request = new StringBuilder();
            for (String oid : unique) {
                request.append(oid).append('\n');
            }
            stdin.write(request.toString().getBytes(StandardCharsets.US_ASCII));
        }, stdout -> parse(new BufferedInputStream(stdout, 1 << 16)));
    }

    /** Each answer is {@code <oid> <type> <size>\n<content>\n}, or {@code <oid> missing\n}. */
    private static Map<String, String> parse(InputStream in) throws IOException {
        Map<String, String> texts = new HashMap<>();
        String header;
        while ((header = line(in)) != null) {
            String[] parts = header.split(" ");
            if (parts.length < 3) {
                continue; // "<oid> missing"
            }
            long size = Long.parseLong(parts[2]);
            byte[] kept = in.readNBytes((int) Math.min(size, MAX_CHARS_KEPT));
            skip(in, size - kept.length + 1); // the rest, and the newline after the content
            if (parts[1].equals("blob")) {
                texts.put(parts[0], new String(kept, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(100);
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("cat-file output ended early");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
