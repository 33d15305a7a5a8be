package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "commits" stream, checked field by field against what git log itself reports. */
class CommitHarvestTest {

    @TempDir
    Path temp;

    History history;
    TrackedProject project;

    @BeforeEach
    void buildHistory() {
        history = History.build(temp.resolve("repo"));
        project = new TrackedProject(ProjectId.parse("git:demo"), history.repo.dir().toString());
    }

    private GitConnector connector(int batchSize) {
        return new GitConnector(temp.resolve("mirrors"), batchSize);
    }

    private GitConnector connector(int batchSize, int logProcesses) {
        return new GitConnector(temp.resolve("mirrors"), batchSize, Clock.systemUTC(), LocationPolicy.ALLOW_ALL, logProcesses);
    }

    @Test
    void harvestsExactlyTheNonMergeCommitsOfTheDefaultBranch() throws ForgeException {
        RecordingSink sink = new RecordingSink();
        connector(2000).harvest(project, HarvestCursor.EMPTY, sink);

        List<String> expected = history.repo.lines("rev-list", "--no-merges", "HEAD");
        assertThat(sink.shas()).containsExactlyInAnyOrderElementsOf(expected).doesNotContain(history.merge);
        assertThat(sink.shas()).hasSize(7);
    }

    @Test
    void announcesTheCommitsItReadsAsGitCountsThem() throws ForgeException {
        GitConnector connector = connector(2);
        RecordingSink first = new RecordingSink();
        connector.harvest(project, HarvestCursor.EMPTY, first);
        int all = Integer.parseInt(history.repo.git("rev-list", "--count", "--no-merges", "HEAD").trim());
        assertThat(first.expected).containsEntry("commits", all);
        assertThat(first.commits()).hasSize(all);

        String before = history.repo.git("rev-parse", "HEAD").trim();
        history.repo.write("new.txt", "new\n");
        history.repo.commit("New one", ScriptedRepo.CAROL, "2021-02-01T10:00:00+02:00");
        history.repo.write("new.txt", "new\nnewer\n");
        history.repo.commit("New two", ScriptedRepo.BOB, "2021-02-02T10:00:00-05:00");
        RecordingSink second = new RecordingSink();
        connector.harvest(project, first.lastCursor(null), second);
        int added = Integer.parseInt(history.repo.git("rev-list", "--count", "--no-merges", before + "..HEAD").trim());
        assertThat(second.expected).as("the new range only").containsEntry("commits", added);
        assertThat(second.commits()).hasSize(added);

        RecordingSink third = new RecordingSink();
        connector.harvest(project, second.lastCursor(null), third);
        assertThat(third.expected).as("nothing new: one rev-parse, no count").isEmpty();
    }

    @Test
    void everyFieldMatchesGitLog() throws ForgeException {
        RecordingSink sink = new RecordingSink();
        connector(2000).harvest(project, HarvestCursor.EMPTY, sink);
        Map<String, Commit> bySha = new HashMap<>();
        sink.commits().forEach(c -> bySha.put(c.sha(), c));

        for (String line : history.repo.lines("log", "--no-merges",
                "--format=%H%x09%an%x09%ae%x09%aI%x09%cn%x09%ce%x09%cI")) {
            String[] f = line.split("\t");
            Commit commit = bySha.get(f[0]);
            assertThat(commit).as(f[0]).isNotNull();
            assertThat(commit.author().name()).isEqualTo(f[1]);
            assertThat(commit.author().email()).isEqualTo(f[2]);
            assertThat(commit.author().when()).isEqualTo(OffsetDateTime.parse(f[3]));
            assertThat(commit.committer().name()).isEqualTo(f[4]);
            assertThat(commit.committer().email()).isEqualTo(f[5]);
            assertThat(commit.committer().when()).isEqualTo(OffsetDateTime.parse(f[6]));
        }

        Map<String, int[]> numstat = numstatOracle();
        for (Commit commit : sink.commits()) {
            int[] expected = numstat.get(commit.sha());
            assertThat(new int[] {commit.filesChanged(), commit.linesAdded(), commit.linesDeleted()})
                    .as("files, added, deleted of %s", commit.sha()).containsExactly(expected);
        }

        for (String line : history.repo.lines("log", "--no-merges",
                "--format=%H%x09%(trailers:key=Signed-off-by,valueonly,separator=%x1f)%x09.")) {
            String[] f = line.split("\t", -1);
            List<String> expected = f[1].isEmpty() ? List.of() : List.of(f[1].split("\u001f"));
            assertThat(bySha.get(f[0]).signedOffBy()).as("sign-offs of %s", f[0]).isEqualTo(expected);
        }

        for (Commit commit : sink.commits()) {
            boolean hasGpgsig = history.repo.git("cat-file", "commit", commit.sha()).contains("\ngpgsig ");
            assertThat(commit.signed()).as("signed %s", commit.sha()).isEqualTo(hasGpgsig);
        }
    }

    @Test
    void keepsOffsetsBinaryFilesTrailersAndSignatures() throws ForgeException {
        RecordingSink sink = new RecordingSink();
        connector(2000).harvest(project, HarvestCursor.EMPTY, sink);
        Map<String, Commit> bySha = new HashMap<>();
        sink.commits().forEach(c -> bySha.put(c.sha(), c));

        Commit first = bySha.get(history.first);
        assertThat(first.author().when()).isEqualTo(OffsetDateTime.parse("2021-01-10T09:00:00+05:30"));
        assertThat(first.author().name()).isEqualTo("Alice Ånström");
        assertThat(first.filesChanged()).isEqualTo(3); // README.md, src/a.txt and the binary logo.png
        assertThat(first.linesAdded()).isEqualTo(4);

        Commit signedOff = bySha.get(history.signedOff);
        assertThat(signedOff.author().when().getOffset().getTotalSeconds()).isEqualTo(-8 * 3600);
        assertThat(signedOff.committer().when().getOffset().getTotalSeconds()).isEqualTo(5 * 3600 + 1800);
        assertThat(signedOff.signedOffBy()).containsExactly("Bob <bob@corp.example>", "Alice Ånström <alice@example.org>");
        assertThat(signedOff.linesAdded()).isEqualTo(3);
        assertThat(signedOff.linesDeleted()).isEqualTo(1);

        assertThat(bySha.get(history.signedCommit).signed()).isTrue();
        assertThat(sink.commits().stream().filter(Commit::signed)).hasSize(1);

        Commit last = sink.commits().get(sink.commits().size() - 1);
        assertThat(last.filesChanged()).isEqualTo(2); // logo.png (binary: no lines) and README.md deleted
        assertThat(last.linesAdded()).isZero();
        assertThat(last.linesDeleted()).isEqualTo(1);
    }

    @Test
    void emitsParentsBeforeChildren() throws ForgeException {
        RecordingSink sink = new RecordingSink();
        connector(2).harvest(project, HarvestCursor.EMPTY, sink);
        List<String> order = sink.shas();
        for (int i = 0; i < order.size(); i++) {
            for (String ancestor : history.repo.lines("rev-list", "--no-merges", order.get(i) + "^@")) {
                assertThat(order.indexOf(ancestor)).as("%s before %s", ancestor, order.get(i)).isBetween(0, i - 1);
            }
        }
    }

    @Test
    void batchesCarryTheFrontierOfWhatIsStoredAndTheLastOneTheTip() throws ForgeException {
        RecordingSink sink = new RecordingSink();
        connector(3).harvest(project, HarvestCursor.EMPTY, sink);
        List<HarvestBatch> commitBatches = sink.batches.subList(0, 3);
        assertThat(commitBatches).extracting(b -> b.commits().size()).containsExactly(3, 3, 1);
        List<String> stored = new ArrayList<>();
        for (HarvestBatch batch : commitBatches.subList(0, 2)) {
            batch.commits().forEach(c -> stored.add(c.sha()));
            List<String> exclusions = List.of(batch.cursor().position("commits").orElseThrow().split(" "));
            // Every commit stored so far is covered by an exclusion, so a resumed run reads none of them again.
            for (String sha : stored) {
                assertThat(exclusions.stream().anyMatch(e -> isAncestor(sha, e))).as("%s covered", sha).isTrue();
            }
            assertThat(exclusions).hasSizeLessThanOrEqualTo(2); // the main line and at most the topic branch
        }
        assertThat(commitBatches.get(2).cursor().position("commits")).contains(history.repo.git("rev-parse", "HEAD"));
    }

    /** Two commits on a second side branch from the first commit, merged into main, and one commit after the merge. */
    private void mergeASideBranch() {
        history.repo.git("checkout", "-q", "-b", "side", history.first);
        history.repo.write("side.txt", "s1\n");
        history.repo.commit("Side one", ScriptedRepo.CAROL, "2021-02-01T10:00:00+02:00");
        history.repo.write("side.txt", "s1\ns2\n");
        history.repo.commit("Side two", ScriptedRepo.CAROL, "2021-02-02T10:00:00+02:00");
        history.repo.git("checkout", "-q", "main");
        history.repo.merge("side", ScriptedRepo.ALICE, "2021-02-03T10:00:00+05:30");
        history.repo.write("after.txt", "x\n");
        history.repo.commit("After the merge", ScriptedRepo.ALICE, "2021-02-04T10:00:00+05:30");
    }

    private boolean isAncestor(String ancestor, String of) {
        try {
            history.repo.git("merge-base", "--is-ancestor", ancestor, of);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    @Test
    void aSecondHarvestWithoutNewCommitsEmitsNothing() throws ForgeException {
        GitConnector connector = connector(2000);
        RecordingSink first = new RecordingSink();
        connector.harvest(project, HarvestCursor.EMPTY, first);

        RecordingSink second = new RecordingSink();
        connector.harvest(project, first.lastCursor(null), second);

        // Its speed is measured by bench/git-ingest.sh, not asserted here.
        assertThat(second.batches).isEmpty();
    }

    @Test
    void afterNewCommitsOnlyTheNewOnesAreRead() throws ForgeException {
        GitConnector connector = connector(2000);
        RecordingSink first = new RecordingSink();
        connector.harvest(project, HarvestCursor.EMPTY, first);

        history.repo.write("new.txt", "new\n");
        String a = history.repo.commit("New one", ScriptedRepo.CAROL, "2021-02-01T10:00:00+02:00");
        history.repo.write("new.txt", "new\nnewer\n");
        String b = history.repo.commit("New two", ScriptedRepo.BOB, "2021-02-02T10:00:00-05:00");

        RecordingSink second = new RecordingSink();
        connector.harvest(project, first.lastCursor(null), second);
        assertThat(second.shas()).containsExactly(a, b);
        assertThat(second.releases()).as("tags did not change").isEmpty();
        assertThat(second.lastCursor(null).position("commits")).contains(b);
        assertThat(second.lastCursor(null).position("tags")).isEqualTo(first.lastCursor(null).position("tags"));
    }

    @Test
    void resumingFromAnyStoredBatchLosesNoCommit() throws ForgeException {
        // A second side branch merged in, so the history is not a line and batch ends are not each other's ancestors.
        mergeASideBranch();

        RecordingSink full = new RecordingSink();
        connector(2).harvest(project, HarvestCursor.EMPTY, full);
        List<String> all = full.shas();
        assertThat(all).hasSize(10).doesNotHaveDuplicates();
        int commitBatches = (int) full.batches.stream().filter(b -> !b.commits().isEmpty()).count();

        for (int crashAfter = 0; crashAfter < commitBatches; crashAfter++) {
            RecordingSink crashed = new RecordingSink(crashAfter);
            try {
                connector(2).harvest(project, HarvestCursor.EMPTY, crashed);
            } catch (RecordingSink.Crash expected) {
                // the store failed after crashAfter batches
            }
            RecordingSink resumed = new RecordingSink();
            connector(2).harvest(project, crashed.lastCursor(HarvestCursor.EMPTY), resumed);

            List<String> union = new ArrayList<>(crashed.shas());
            union.addAll(resumed.shas());
            assertThat(union).as("crash after %d batches", crashAfter).containsAll(all);
            assertThat(union).as("nothing stored is read again").doesNotHaveDuplicates();
            assertThat(resumed.lastCursor(null).position("commits")).contains(history.repo.git("rev-parse", "HEAD"));
        }
    }

    @Test
    void severalLogProcessesHandOnWhatOneDoesInTheSameBatches() throws ForgeException {
        // A second side branch, so the range is no line, and chunks of 2 (the batch size): the 10 commits and 2 merges
        // are dealt to every process more than once.
        mergeASideBranch();

        RecordingSink one = new RecordingSink();
        connector(2, 1).harvest(project, HarvestCursor.EMPTY, one);
        assertThat(one.commits()).hasSize(10);
        for (int processes : new int[] {2, 3, 7}) {
            RecordingSink several = new RecordingSink();
            connector(2, processes).harvest(project, HarvestCursor.EMPTY, several);
            assertThat(several.batches).as("%d processes", processes).isEqualTo(one.batches);
            assertThat(several.expected).isEqualTo(one.expected);
        }
    }

    @Test
    void aStoreThatFailsStopsEveryLogProcess() throws Exception {
        RecordingSink crashed = new RecordingSink(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> connector(2, 3).harvest(project, HarvestCursor.EMPTY, crashed))
                .isInstanceOf(RecordingSink.Crash.class);
        assertThat(crashed.commits()).hasSize(2);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (ProcessHandle.current().descendants().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("?"))).as("git processes left running").isEmpty();
    }

    @Test
    void aRewrittenHistoryFallsBackToAFullRead() throws ForgeException {
        GitConnector connector = connector(2000);
        RecordingSink first = new RecordingSink();
        connector.harvest(project, HarvestCursor.EMPTY, first);
        String oldTip = history.repo.git("rev-parse", "HEAD");

        history.repo.git("commit", "-q", "--amend", "-m", "Rewritten last commit");
        history.repo.git("reflog", "expire", "--expire=now", "--all");
        history.repo.git("gc", "-q", "--prune=now");
        assertThat(history.repo.git("cat-file", "-t", history.repo.git("rev-parse", "HEAD")))
                .isEqualTo("commit");
        assertThat(objectExists(oldTip)).as("the old tip is gone").isFalse();

        RecordingSink second = new RecordingSink();
        connector.harvest(project, first.lastCursor(null), second);
        assertThat(second.shas()).containsExactlyInAnyOrderElementsOf(
                history.repo.lines("rev-list", "--no-merges", "HEAD"));
    }

    @Test
    void unknownOrMalformedPositionsAreIgnored() throws ForgeException {
        HarvestCursor garbage = HarvestCursor.EMPTY.with("commits",
                "0123456789abcdef0123456789abcdef01234567 --all not-a-sha");
        RecordingSink sink = new RecordingSink();
        connector(2000).harvest(project, garbage, sink);
        assertThat(sink.shas()).hasSize(7);
    }

    @Test
    void anEmptyRepositoryHasNoCommitsButStillHarvests() throws ForgeException {
        ScriptedRepo empty = ScriptedRepo.init(temp.resolve("empty"));
        RecordingSink sink = new RecordingSink();
        connector(2000).harvest(new TrackedProject(ProjectId.parse("git:empty"), empty.dir().toString()),
                HarvestCursor.EMPTY, sink);
        assertThat(sink.commits()).isEmpty();
        assertThat(sink.releases()).isEmpty();
    }

    @Test
    void aBatchHoldsAtLeastOneCommit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GitConnector(temp, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private boolean objectExists(String sha) {
        try {
            history.repo.git("cat-file", "-e", sha + "^{commit}");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** files, added, deleted per commit, summed by this test from git log --numstat. */
    private Map<String, int[]> numstatOracle() {
        Map<String, int[]> sums = new HashMap<>();
        int[] current = null;
        for (String line : history.repo.lines("log", "--no-merges", "--numstat", "--format=@%H")) {
            if (line.startsWith("@")) {
                current = new int[3];
                sums.put(line.substring(1), current);
            } else if (!line.isBlank()) {
                String[] f = line.split("\t");
                current[0]++;
                current[1] += f[0].equals("-") ? 0 : Integer.parseInt(f[0]);
                current[2] += f[1].equals("-") ? 0 : Integer.parseInt(f[1]);
            }
        }
        return sums;
    }
}
