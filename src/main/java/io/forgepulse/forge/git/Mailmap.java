package io.forgepulse.forge.git;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Signature;
import io.forgepulse.forge.ForgeException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The repository's {@code .mailmap}, applied by git itself ({@code git check-mailmap --stdin}), so its rules are
 * exactly git's (matching by address and optionally name, case-insensitively; {@code mailmap.file} and
 * {@code mailmap.blob} honoured; a bare mirror reads {@code HEAD:.mailmap}). One git call per batch of commits,
 * for the batch's distinct identities.
 */
final class Mailmap {

    /** The stream name whose position is the mailmap's identity: when it changes, stored commits are read again. */
    static final String STREAM = "mailmap";

    private final GitProcess git;

    Mailmap(GitProcess git) {
        this.git = git;
    }

    /**
     * What the mailmap is now: the blob id of {@code HEAD:.mailmap} and, in a working tree, of the {@code .mailmap}
     * file (which git reads first); "none" without either.
     */
    String version() throws ForgeException {
        Optional<String> committed = git.probe("rev-parse", "-q", "--verify", "HEAD:.mailmap");
        java.nio.file.Path worktree = git.directory().resolve(".mailmap");
        String working = "";
        if (java.nio.file.Files.isRegularFile(worktree)) {
            working = git.text("hash-object", "--", worktree.toString());
        }
        String version = committed.orElse("") + (working.isEmpty() ? "" : "+" + working);
        return version.isEmpty() ? "none" : version;
    }

    /**
     * The commits with author and committer as the mailmap names them (unchanged where it says nothing, and all
     * unchanged should git fail: raw identities are still true, only less merged).
     */
    List<Commit> apply(List<Commit> commits) {
        try {
            return mapped(commits);
        } catch (ForgeException e) {
            return commits;
        }
    }

    private List<Commit> mapped(List<Commit> commits) throws ForgeException {
        Set<String> contacts = new LinkedHashSet<>();
        for (Commit c : commits) {
            addContact(contacts, c.author());
            addContact(contacts, c.committer());
        }
        if (contacts.isEmpty()) {
            return commits;
        }
        List<String> asked = List.copyOf(contacts);
        List<String> answers = git.run(List.of("check-mailmap", "--stdin"), GitProcess.StdinWriter.lines(asked), stdout -> {
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
            return lines;
        });
        if (answers.size() != asked.size()) {
            return commits; // git answered out of step; raw identities are still true, only less merged
        }
        Map<String, String> mapped = new HashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            if (!asked.get(i).equals(answers.get(i))) {
                mapped.put(asked.get(i), answers.get(i));
            }
        }
        if (mapped.isEmpty()) {
            return commits;
        }
        return commits.stream().map(c -> new Commit(c.sha(), mapped(c.author(), mapped), mapped(c.committer(), mapped),
                c.filesChanged(), c.linesAdded(), c.linesDeleted(), c.signedOffBy(), c.signed())).toList();
    }

    /**
     * Only identities git can read back as one contact line: an address, and no angle bracket or line break in
     * either part. The others (an empty address, a broken import) stay raw.
     */
    private static String contact(Signature s) {
        if (s == null || s.email().isEmpty() || !plain(s.name()) || !plain(s.email())) {
            return null;
        }
        return (s.name().isEmpty() ? "" : s.name() + " ") + "<" + s.email() + ">";
    }

    private static boolean plain(String part) {
        return part.chars().noneMatch(ch -> ch == '<' || ch == '>' || ch == '\n' || ch == '\r' || ch == 0);
    }

    private static void addContact(Set<String> contacts, Signature s) {
        String contact = contact(s);
        if (contact != null) {
            contacts.add(contact);
        }
    }

    private static Signature mapped(Signature s, Map<String, String> mapped) {
        String contact = contact(s);
        String to = contact == null ? null : mapped.get(contact);
        if (to == null) {
            return s;
        }
        int open = to.lastIndexOf('<');
        int close = to.lastIndexOf('>');
        if (open < 0 || close < open) {
            return s;
        }
        return new Signature(to.substring(0, open).strip(), to.substring(open + 1, close).strip(), s.when());
    }
}
