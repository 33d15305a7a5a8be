package io.forgepulse.forge.git;

import static io.forgepulse.testing.ScriptedRepo.ALICE;
import static io.forgepulse.testing.ScriptedRepo.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.ProjectFile;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.LicenseTexts;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files past instants saw: the tree of the commit git itself names ({@code rev-list -1 --first-parent --before}). */
class PastTreesTest {

    private static final Instant BEFORE_ALL = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant AFTER_README = Instant.parse("2021-02-01T00:00:00Z");
    private static final Instant AFTER_SIDE_COMMIT = Instant.parse("2021-03-01T00:00:00Z");
    private static final Instant AFTER_MERGE = Instant.parse("2021-04-01T00:00:00Z");
    private static final Instant AFTER_LICENSE = Instant.parse("2021-05-01T00:00:00Z");

    @Test
    void eachInstantSeesTheTreeOfTheLastFirstParentCommitBeforeIt(@TempDir Path dir) throws ForgeException {
        ScriptedRepo repo = ScriptedRepo.init(dir.resolve("repo"));
        repo.write("README.md", "# demo\n").commit("Readme", ALICE, "2021-01-10T10:00:00Z");
        repo.git("checkout", "-q", "-b", "side");
        repo.write("SECURITY.md", "Report to security@example.org.\n").commit("Policy", BOB, "2021-02-10T10:00:00Z");
        repo.git("checkout", "-q", "main");
        repo.write("src/A.java", "class A {}\n").commit("Code", ALICE, "2021-02-20T10:00:00Z");
        repo.merge("side", ALICE, "2021-03-05T10:00:00Z");
        // Committed in April, authored long before (a rebase): the committer date places it.
        repo.write("LICENSE", LicenseTexts.MIT)
                .commit("License", ALICE, "2019-06-01T10:00:00Z", ALICE, "2021-04-10T10:00:00Z");
        List<Instant> instants = List.of(BEFORE_ALL, AFTER_README, AFTER_SIDE_COMMIT, AFTER_MERGE, AFTER_LICENSE);

        Map<Instant, ProjectSnapshot> trees = new GitConnector(dir.resolve("mirrors"), 100)
                .treesAt(new TrackedProject(ProjectId.parse("git:repo"), repo.dir().toString()), instants);

        assertThat(trees).doesNotContainKey(BEFORE_ALL);
        for (Instant t : instants.subList(1, instants.size())) {
            String expected = repo.git("rev-list", "-1", "--first-parent", "--before=" + t.getEpochSecond(), "HEAD").strip();
            assertThat(trees.get(t).headSha()).as("the commit before %s", t).isEqualTo(expected);
            assertThat(trees.get(t).takenAt()).isEqualTo(t);
        }
        assertThat(paths(trees.get(AFTER_README))).containsExactly("README.md");
        assertThat(paths(trees.get(AFTER_SIDE_COMMIT))).as("the side branch was not merged yet").doesNotContain("SECURITY.md");
        assertThat(paths(trees.get(AFTER_MERGE))).contains("SECURITY.md").doesNotContain("LICENSE");
        assertThat(trees.get(AFTER_MERGE).licenseSpdx()).isNull();
        assertThat(trees.get(AFTER_LICENSE).licenseSpdx()).isEqualTo("MIT");
        assertThat(trees.get(AFTER_LICENSE).first(FileKind.LICENSE)).isPresent();
    }

    @Test
    void anEmptyRepositoryHasNoPastTree(@TempDir Path dir) throws ForgeException {
        ScriptedRepo repo = ScriptedRepo.init(dir.resolve("empty"));
        assertThat(new GitConnector(dir.resolve("mirrors"), 100)
                .treesAt(new TrackedProject(ProjectId.parse("git:empty"), repo.dir().toString()), List.of(AFTER_MERGE)))
                .isEmpty();
    }

    private static List<String> paths(ProjectSnapshot s) {
        return s.files().stream().map(ProjectFile::path).toList();
    }
}
