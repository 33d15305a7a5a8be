package io.forgepulse.forge.git;

import io.forgepulse.domain.Commit;
import io.forgepulse.forge.ForgeException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Line counts for commits read without them ({@code --raw}, because some files of the range are missing): one
 * {@code git diff-tree --stdin --numstat} per batch for the commits whose files are all here, with the same rename
 * detection as the normal read. Commits in {@code unknownLines} keep the files counted from the raw listing and no
 * lines; each is counted once in {@link #unknown()}.
 */
final class LineCounts {

    private final GitProcess git;
    private final Set<String> unknownLines;
    private long unknown;

    LineCounts(GitProcess git, Set<String> unknownLines) {
        this.git = git;
        this.unknownLines = unknownLines;
    }

    /** How many commits were handed on without line counts. */
    long unknown() {
        return unknown;
    }

    List<Commit> fill(List<Commit> commits) {
        List<String> countable = commits.stream().map(Commit::sha).filter(sha -> !unknownLines.contains(sha)).toList();
        commits.forEach(c -> {
            if (unknownLines.remove(c.sha())) {
                unknown++;
            }
        });
        if (countable.isEmpty()) {
            return commits;
        }
        Map<String, LineTally> tallies;
        try {
            tallies = tallies(countable);
        } catch (ForgeException e) {
            unknown += countable.size();
            return commits; // raw file counts are still true; only the lines are missing
        }
        return commits.stream().map(c -> {
            LineTally t = tallies.get(c.sha());
            return t == null ? c : new Commit(c.sha(), c.author(), c.committer(), t.files(), t.added(), t.deleted(),
                    c.signedOffBy(), c.signed());
        }).toList();
    }

    private Map<String, LineTally> tallies(List<String> shas) throws ForgeException {
        return git.run(List.of("diff-tree", "--stdin", "--always", "--root", "-r", "--numstat", "--find-renames",
                "--no-color", "--no-abbrev"), GitProcess.StdinWriter.lines(shas), stdout -> {
            Map<String, LineTally> found = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));
            LineTally current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.indexOf('\t') < 0 && !line.isBlank()) {
                    current = new LineTally();
                    found.put(line.strip(), current);
                } else if (current != null) {
                    current.line(line);
                }
            }
            return found;
        });
    }
}
