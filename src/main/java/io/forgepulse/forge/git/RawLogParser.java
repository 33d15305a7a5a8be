package io.forgepulse.forge.git;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Signature;
import io.forgepulse.forge.SignOffTrailers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code git log --pretty=raw --numstat} output in one streaming pass and hands each commit on as soon
 * as the next one starts. Per commit the output is: {@code commit <sha>}, the raw header lines (continuation
 * lines start with a space; a {@code gpgsig} header means the commit is signed), a blank line, the message
 * indented by four spaces, and numstat lines {@code added<TAB>deleted<TAB>path} ({@code -} for binary files).
 * Raw headers are parsed instead of {@code %G?}, which would run gpg on every signed commit.
 *
 * <p>Read with {@code --raw} instead of {@code --numstat} (a partial clone whose files cannot be fetched), each
 * changed file is a line {@code :mode mode old new status<TAB>path}: the files are counted, and a commit that names a
 * missing file's id is put in {@code unknownLines} (its lines cannot be counted; the others are counted later by
 * {@link LineCounts}).
 */
final class RawLogParser {

    /** Receives each commit with its parents (more than one for a merge). */
    @FunctionalInterface
    interface Sink {
        void accept(Commit commit, List<String> parents);
    }

    private final Sink out;
    private final Set<String> missing;
    private final Set<String> unknownLines;

    RawLogParser(Sink out) {
        this(out, Set.of(), new HashSet<>());
    }

    /**
     * @param missing ids of files this repository lacks
     * @param unknownLines receives the shas of commits that change one of them
     */
    RawLogParser(Sink out, Set<String> missing, Set<String> unknownLines) {
        this.out = out;
        this.missing = missing;
        this.unknownLines = unknownLines;
    }

    /** Parses everything {@code in} holds; returns how many commits were handed on. */
    long parse(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        Draft draft = null;
        long count = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("commit ")) {
                if (draft != null) {
                    hand(draft);
                    count++;
                }
                draft = new Draft(sha(line));
            } else if (draft != null) {
                draft.line(line);
            }
        }
        if (draft != null) {
            hand(draft);
            count++;
        }
        return count;
    }

    private void hand(Draft draft) {
        if (draft.touchesMissing) {
            unknownLines.add(draft.sha);
        }
        out.accept(draft.commit(), draft.parents);
    }

    private static String sha(String line) {
        int end = line.indexOf(' ', 7);
        return end < 0 ? line.substring(7) : line.substring(7, end);
    }

    /** One commit being read. */
    private final class Draft {
        private final String sha;
        private final List<String> parents = new ArrayList<>(2);
        private boolean inHeader = true;
        private Signature author;
        private Signature committer;
        private boolean signed;
        private final LineTally lines = new LineTally();
        private int rawFiles;
        private boolean touchesMissing;
        private final SignOffTrailers signOffs = new SignOffTrailers();

        Draft(String sha) {
            this.sha = sha;
        }

        void line(String line) {
            if (inHeader) {
                header(line);
            } else if (line.startsWith("    ")) {
                signOffs.line(line.substring(4));
            } else if (line.isEmpty()) {
                signOffs.line("");
            } else {
                numstat(line);
            }
        }

        private void header(String line) {
            if (line.isEmpty()) {
                inHeader = false;
            } else if (line.startsWith("parent ")) {
                parents.add(line.substring(7).strip());
            } else if (line.startsWith("author ")) {
                author = IdentityLine.parse(line.substring(7));
            } else if (line.startsWith("committer ")) {
                committer = IdentityLine.parse(line.substring(10));
            } else if (line.startsWith("gpgsig ") || line.startsWith("gpgsig-sha256 ")) {
                signed = true;
            }
        }

        private void numstat(String line) {
            if (line.startsWith(":")) {
                raw(line);
            } else {
                lines.line(line);
            }
        }

        /** {@code :100644 100644 <old> <new> M<TAB>path}: one file, whose ids may be missing here. */
        private void raw(String line) {
            rawFiles++;
            String[] fields = line.substring(0, Math.max(0, line.indexOf('\t'))).split(" ");
            if (fields.length >= 4 && (missing.contains(fields[2]) || missing.contains(fields[3]))) {
                touchesMissing = true;
            }
        }

        Commit commit() {
            Signature who = author != null ? author : committer;
            Signature by = committer != null ? committer : who;
            if (who == null) {
                who = IdentityLine.parse("");
                by = who;
            }
            return new Commit(sha, who, by, lines.files() + rawFiles, lines.added(), lines.deleted(), signOffs.values(), signed);
        }
    }
}
