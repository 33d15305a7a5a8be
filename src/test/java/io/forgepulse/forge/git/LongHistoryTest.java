package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Histories far longer than the cursor can name batch by batch (batches of one commit), with side branches so that
 * the batch ends are not each other's ancestors: the cursor stays within its column and nothing is lost, also when
 * the history is wider than the cursor's bound and exclusions must be dropped.
 */
class LongHistoryTest {

    /** The width of {@code harvest_cursor.position_value}. */
    private static final int COLUMN = 20_000;
    private static final int BRANCHES = 30;
    private static final int COMMITS_PER_BRANCH = 20;

    @TempDir
    Path temp;

    ScriptedRepo repo;
    TrackedProject project;
    Set<String> gitLog;

    @BeforeEach
    void buildHistory() {
        build("merged-one-by-one", branchyHistory(BRANCHES, COMMITS_PER_BRANCH, false));
    }

    private void build(String name, String fastImport) {
        repo = ScriptedRepo.init(temp.resolve(name));
        repo.gitWithInput(fastImport, "fast-import", "--quiet");
        repo.git("reset", "-q", "--hard", "main");
        project = new TrackedProject(ProjectId.parse("git:long"), repo.dir().toString());
        gitLog = Set.copyOf(repo.lines("log", "--no-merges", "--format=%H"));
    }

    @Test
    void aHarvestInSixHundredBatchesKeepsTheCursorWithinItsColumn() throws ForgeException {
        RecordingSink sink = new RecordingSink();
        new GitConnector(temp.resolve("mirrors"), 1).harvest(project, HarvestCursor.EMPTY, sink);

        assertThat(gitLog).hasSize(1 + BRANCHES * COMMITS_PER_BRANCH);
        assertThat(sink.shas()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(gitLog);
        for (HarvestBatch batch : sink.batches) {
            assertThat(batch.cursor().position("commits").orElseThrow().length()).isLessThanOrEqualTo(COLUMN);
        }
        assertThat(sink.lastCursor(null).position("commits")).contains(repo.git("rev-parse", "HEAD"));
    }

    @Test
    void aHarvestInterruptedAgainAndAgainEndsWithExactlyGitLogsCommits() throws ForgeException {
        assertThat(interruptedEvery(150)).as("commits read twice").isZero();
    }

    @Test
    void aHistoryWiderThanTheCursorReadsSomeCommitsAgainButLosesNone() throws ForgeException {
        // 300 lines of history open at once (one octopus merge joins them all): more than the cursor keeps.
        build("octopus", branchyHistory(300, 2, true));
        assertThat(gitLog).hasSize(601);
        assertThat(interruptedEvery(150)).as("commits read twice").isPositive();
    }

    /** Harvests with a store that fails after every {@code batches} batches until a run ends; returns the repeats. */
    private int interruptedEvery(int batches) throws ForgeException {
        GitConnector connector = new GitConnector(temp.resolve("mirrors"), 1);
        HarvestCursor cursor = HarvestCursor.EMPTY;
        Set<String> stored = new HashSet<>();
        int reread = 0;
        for (int attempt = 0; ; attempt++) {
            assertThat(attempt).as("the harvest makes progress").isLessThan(20);
            RecordingSink sink = new RecordingSink(batches);
            boolean finished;
            try {
                connector.harvest(project, cursor, sink);
                finished = true;
            } catch (RecordingSink.Crash expected) {
                finished = false; // the next run resumes from the last batch stored
            }
            for (String sha : sink.shas()) {
                reread += stored.add(sha) ? 0 : 1;
            }
            for (HarvestBatch batch : sink.batches) {
                assertThat(batch.cursor().position("commits").orElseThrow().length()).isLessThanOrEqualTo(COLUMN);
            }
            cursor = sink.lastCursor(cursor);
            if (finished) {
                break;
            }
        }
        assertThat(stored).isEqualTo(gitLog);
        assertThat(cursor.position("commits")).contains(repo.git("rev-parse", "HEAD"));
        RecordingSink again = new RecordingSink();
        connector.harvest(project, cursor, again);
        assertThat(again.batches).as("nothing new after the resumed harvest").isEmpty();
        return reread;
    }

    /**
     * A root commit, then {@code branches} branches of {@code commits} off it, merged into main one after the other,
     * or all at once by one octopus merge.
     */
    private static String branchyHistory(int branches, int commits, boolean octopus) {
        StringBuilder s = new StringBuilder();
        long time = 1_600_000_000L;
        int mark = 1;
        s.append(commit("refs/heads/main", mark, time++, "root", List.of()));
        List<Integer> tips = new ArrayList<>(List.of(mark));
        for (int b = 0; b < branches; b++) {
            int parent = 1;
            for (int c = 0; c < commits; c++) {
                mark++;
                s.append(commit("refs/heads/b" + b, mark, time++, "branch " + b + " commit " + c, List.of(parent)));
                parent = mark;
            }
            tips.add(parent);
            if (!octopus) {
                mark++;
                s.append(commit("refs/heads/main", mark, time++, "merge b" + b, List.copyOf(tips)));
                tips = new ArrayList<>(List.of(mark));
            }
        }
        if (octopus) {
            s.append(commit("refs/heads/main", mark + 1, time, "merge everything", tips));
        }
        return s.toString();
    }

    private static String commit(String ref, int mark, long time, String message, List<Integer> parents) {
        StringBuilder s = new StringBuilder("commit ").append(ref).append('\n')
                .append("mark :").append(mark).append('\n');
        String who = "Dev " + (mark % 7) + " <dev" + (mark % 7) + "@example.org> " + time + " +0000\n";
        s.append("author ").append(who).append("committer ").append(who);
        s.append("data ").append(message.length()).append('\n').append(message).append('\n');
        if (!parents.isEmpty()) {
            s.append("from :").append(parents.get(0)).append('\n');
        }
        for (int p : parents.subList(Math.min(1, parents.size()), parents.size())) {
            s.append("merge :").append(p).append('\n');
        }
        s.append("M 644 inline f").append(mark % 5).append('\n').append("data ").append(String.valueOf(mark).length())
                .append('\n').append(mark).append('\n');
        return s.toString();
    }
}
