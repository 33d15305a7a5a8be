package io.forgepulse.forge.git;

import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.ForgeException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trees past instants saw: one walk of the default branch's first parents ({@code git log --first-parent}, newest
 * first) finds, for every instant, the first commit committed before it (as {@code rev-list --before} would), and
 * each distinct commit's tree is read once, so a month without commits costs nothing more.
 */
final class PastTrees {

    private final GitProcess git;

    PastTrees(GitProcess git) {
        this.git = git;
    }

    Map<Instant, ProjectSnapshot> at(List<Instant> instants) throws ForgeException {
        Optional<String> head = git.probe("rev-parse", "--verify", "-q", "HEAD^{commit}");
        if (head.isEmpty() || instants.isEmpty()) {
            return Map.of();
        }
        String branch = git.probe("symbolic-ref", "-q", "--short", "HEAD").orElse(null);
        Map<Instant, String> commits = commits(head.get(), instants);
        // Only a snapshot of HEAD reads the clock; these are stamped with their instant.
        SnapshotReader reader = new SnapshotReader(git, Clock.systemUTC());
        Map<String, ProjectSnapshot> trees = new HashMap<>();
        Map<Instant, ProjectSnapshot> seen = new HashMap<>();
        for (Map.Entry<Instant, String> e : commits.entrySet()) {
            ProjectSnapshot tree = trees.get(e.getValue());
            if (tree == null) {
                tree = reader.read(e.getValue(), e.getKey(), branch);
                trees.put(e.getValue(), tree);
            }
            seen.put(e.getKey(), tree);
        }
        return seen;
    }

    /** For every instant that has one, the first first-parent commit (newest first) committed before it. */
    private Map<Instant, String> commits(String head, List<Instant> instants) throws ForgeException {
        List<Instant> pending = new ArrayList<>(instants.stream().distinct().sorted(Comparator.reverseOrder()).toList());
        return git.run(List.of("log", "--first-parent", "--format=%H %ct", "--no-show-signature", head), null, stdout -> {
            Map<Instant, String> found = new HashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                int space = line.indexOf(' ');
                if (space < 0 || pending.isEmpty()) {
                    continue; // read to the end all the same: git must not be left writing to a closed pipe
                }
                Instant committed = Instant.ofEpochSecond(Long.parseLong(line.substring(space + 1).trim()));
                String sha = line.substring(0, space);
                // Pending instants are newest first: those after this commit are the prefix it answers.
                while (!pending.isEmpty() && committed.isBefore(pending.get(0))) {
                    found.put(pending.remove(0), sha);
                }
            }
            return found;
        });
    }
}
