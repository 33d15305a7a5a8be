package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partial clone ({@code git clone --filter=blob:none}): its commits harvest (git fetches the blobs numstat needs
 * from the promisor), and once the origin has gone, so that blobs are missing and cannot be fetched
 * ({@code ls-tree -l} and {@code cat-file --batch} fail), the snapshot still completes and so does the harvest: the
 * commits whose files are missing are counted with their files and without lines, and the harvest says so.
 */
class PartialCloneTest {

    @TempDir
    Path temp;

    @Test
    void aPartialCloneWithUnreachableBlobsHarvests() throws Exception {
        ScriptedRepo origin = ScriptedRepo.init(temp.resolve("origin"));
        origin.git("config", "uploadpack.allowFilter", "true");
        origin.write("README.md", "# demo\n").write("LICENSE", "MIT License\n").write("docs/index.md", "x");
        origin.commit("one", ScriptedRepo.ALICE, "2024-01-01T10:00:00Z");
        origin.write("src/a.txt", "a").commit("two", ScriptedRepo.BOB, "2024-02-01T10:00:00Z");
        Path clone = temp.resolve("clone");
        ScriptedRepo.open(temp).git("clone", "-q", "--filter=blob:none", "--no-checkout", "file://" + origin.dir(), clone.toString());
        TrackedProject project = new TrackedProject(ProjectId.parse("git:partial"), clone.toString());
        GitConnector connector = new GitConnector(temp.resolve("mirrors"), 2000);
        RecordingSink sink = new RecordingSink();
        connector.harvest(project, HarvestCursor.EMPTY, sink);

        // A later fetch brings a commit without its blobs, then the promisor goes: those blobs cannot be fetched.
        origin.write("CONTRIBUTING.md", "be kind").commit("three", ScriptedRepo.ALICE, "2024-03-01T10:00:00Z");
        ScriptedRepo cloned = ScriptedRepo.open(clone);
        cloned.git("fetch", "-q", "origin");
        cloned.git("update-ref", "HEAD", "FETCH_HEAD");
        Files.move(origin.dir(), temp.resolve("gone"));
        assertThat(new ProcessBuilder("git", "-C", clone.toString(), "ls-tree", "-r", "-l", "HEAD").start().waitFor())
                .as("git itself fails to list sizes").isNotZero();
        ProjectSnapshot snapshot = connector.snapshot(project);

        assertThat(snapshot.first(FileKind.README)).isPresent();
        assertThat(snapshot.files(FileKind.DOCS_DIR)).isNotEmpty();
        assertThat(sink.shas()).hasSize(2);

        // git log --numstat itself dies trying to fetch the new commit's blob; the harvest reads it all the same.
        assertThat(new ProcessBuilder("git", "-C", clone.toString(), "log", "--numstat", "HEAD").start().waitFor())
                .as("git itself fails to count lines").isNotZero();
        connector.harvest(project, sink.lastCursor(HarvestCursor.EMPTY), sink);
        assertThat(sink.shas()).hasSize(3).doesNotHaveDuplicates();
        Commit three = sink.commits().get(2);
        assertThat(three.filesChanged()).isEqualTo(1);
        assertThat(three.linesAdded()).isZero();
        assertThat(sink.notes()).singleElement().asString().startsWith("1 commit has no line counts");
        assertThat(sink.commits().get(1).linesAdded()).as("read before the origin went").isEqualTo(1);
    }

    @Test
    void aPartialCloneWhoseOriginWentBeforeItsFirstHarvestCountsWhatItHas() throws Exception {
        ScriptedRepo origin = ScriptedRepo.init(temp.resolve("origin"));
        origin.git("config", "uploadpack.allowFilter", "true");
        origin.write("README.md", "# demo\n").commit("one", ScriptedRepo.ALICE, "2024-01-01T10:00:00Z");
        origin.write("a.txt", "a\nb\n").commit("two", ScriptedRepo.BOB, "2024-02-01T10:00:00Z");
        origin.git("rm", "-q", "a.txt");
        origin.write("b.txt", "a\nb\nc\n").commit("three", ScriptedRepo.BOB, "2024-03-01T10:00:00Z");
        origin.write("c.txt", "c\n").commit("four", ScriptedRepo.CAROL, "2024-04-01T10:00:00Z");
        Path clone = temp.resolve("clone");
        // Checked out at HEAD: the files of "four" (and the README, unchanged since "one") are here, the others not.
        ScriptedRepo.open(temp).git("clone", "-q", "--filter=blob:none", "file://" + origin.dir(), clone.toString());
        Files.move(origin.dir(), temp.resolve("gone"));
        long expected = Long.parseLong(ScriptedRepo.open(clone).git("rev-list", "--count", "--no-merges", "HEAD"));
        TrackedProject project = new TrackedProject(ProjectId.parse("git:partial"), clone.toString());
        GitConnector connector = new GitConnector(temp.resolve("mirrors"), 2);
        RecordingSink sink = new RecordingSink();

        connector.harvest(project, HarvestCursor.EMPTY, sink);

        assertThat(sink.shas()).hasSize((int) expected).doesNotHaveDuplicates();
        assertThat(sink.commits()).extracting(Commit::filesChanged).containsExactly(1, 1, 2, 1);
        // "one" adds the README, which the checkout fetched; "four" adds c.txt, here too: their lines are known.
        assertThat(sink.commits()).extracting(Commit::linesAdded).containsExactly(1, 0, 0, 1);
        assertThat(sink.notes()).singleElement().asString().startsWith("2 commits have no line counts");
    }
}
