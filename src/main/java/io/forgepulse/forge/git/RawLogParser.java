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
import java.util.List;

/**
 * Reads {@code git log --pretty=raw --numstat} output in one streaming pass and hands each commit on as soon
 * as the next one starts. Per commit the output is: {@code commit <sha>}, the raw header lines (continuation
 * lines start with a space; a {@code gpgsig} header means the commit is signed), a blank line, the message
 * indented by four spaces, and numstat lines {@code added<TAB>deleted<TAB>path} ({@code -} for binary files).
 * Raw headers are parsed instead of {@code %G?}, which would run gpg on every signed commit.
 */
final class RawLogParser {

    /** Receives each commit with its parents (more than one for a merge). */
    @FunctionalInterface
    interface Sink {
        void accept(Commit commit, List<String> parents);
    }

    private final Sink out;

    RawLogParser(Sink out) {
        this.out = out;
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
                    out.accept(draft.commit(), draft.parents);
                    count++;
                }
                draft = new Draft(sha(line));
            } else if (draft != null) {
                draft.line(line);
            }
        }
        if (draft != null) {
            out.accept(draft.commit(), draft.parents);
            count++;
        }
        return count;
    }

    private static String sha(String line) {
        int end = line.indexOf(' ', 7);
        return end < 0 ? line.substring(7) : line.substring(7, end);
    }

    /** One commit being read. */
    private static final class Draft {
        private final String sha;
        private final List<String> parents = new ArrayList<>(2);
        private boolean inHeader = true;
        private Signature author;
        private Signature committer;
        private boolean signed;
        private int files;
        private int added;
        private int deleted;
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
            int firstTab = line.indexOf('\t');
            int secondTab = firstTab < 0 ? -1 : line.indexOf('\t', firstTab + 1);
            if (secondTab < 0) {
                return;
            }
            files++;
            added += count(line, 0, firstTab);
            deleted += count(line, firstTab + 1, secondTab);
        }

        /** A numstat count; {@code -} (binary file) counts as no lines. */
        private static int count(String line, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                char c = line.charAt(i);
                if (c < '0' || c > '9') {
                    return 0;
                }
                n = n * 10 + (c - '0');
            }
            return n;
        }

        Commit commit() {
            Signature who = author != null ? author : committer;
            Signature by = committer != null ? committer : who;
            if (who == null) {
                who = IdentityLine.parse("");
                by = who;
            }
            return new Commit(sha, who, by, files, added, deleted, signOffs.values(), signed);
        }
    }
}
