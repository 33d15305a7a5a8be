package io.forgepulse.forge.git;

import static io.forgepulse.testing.ScriptedRepo.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state a harvest depends on stays equal while nothing a snapshot or a harvest reads moved, and changes with
 * each thing that they read: the branch's commit, which branch HEAD names, any tag, a working tree's .mailmap.
 */
class RefStateTest {

    @TempDir
    Path temp;

    ScriptedRepo repo;
    TrackedProject project;
    GitConnector connector;
    String before;

    @BeforeEach
    void repository() throws ForgeException {
        repo = ScriptedRepo.init(temp.resolve("repo"));
        repo.write("README.md", "hello\n");
        repo.commit("First", ALICE, "2024-01-01T10:00:00Z");
        repo.tag("v1", null, "2024-01-01T10:00:00Z");
        project = new TrackedProject(ProjectId.parse("git:demo"), repo.dir().toString());
        connector = new GitConnector(temp.resolve("mirrors"), 2000);
        before = state();
    }

    @Test
    void staysEqualWhileNothingMoved() throws ForgeException {
        // Untracked and uncommitted files are not read (the snapshot reads HEAD's tree); nor is another branch.
        repo.write("NOTES.txt", "draft\n");
        repo.git("branch", "topic");
        repo.git("checkout", "-q", "topic");
        repo.commit("On a topic", ALICE, "2024-01-02T10:00:00Z");
        repo.git("checkout", "-q", "main");

        assertThat(state()).isEqualTo(before);
        assertThat(new GitConnector(temp.resolve("other"), 10).state(project)).contains(before);
    }

    @Test
    void changesWithANewCommit() throws ForgeException {
        repo.commit("Second", ALICE, "2024-01-02T10:00:00Z");
        assertThat(state()).isNotEqualTo(before);
    }

    @Test
    void changesWithEachTagAddedMovedOrDeleted() throws ForgeException {
        repo.commit("Second", ALICE, "2024-01-02T10:00:00Z");
        String second = state();
        repo.tag("v2", "Release 2", "2024-01-02T11:00:00Z");
        String added = state();
        repo.git("tag", "-f", "v1");
        String moved = state();
        repo.git("tag", "-d", "v2");
        String deleted = state();

        assertThat(java.util.List.of(before, second, added, moved, deleted)).doesNotHaveDuplicates();
    }

    @Test
    void changesWhenHeadNamesAnotherBranchAtTheSameCommit() throws ForgeException {
        repo.git("checkout", "-q", "-b", "trunk");
        assertThat(state()).isNotEqualTo(before);
    }

    @Test
    void changesWithTheWorkingTreesMailmap() throws ForgeException {
        repo.write(".mailmap", "Alice <alice@example.org> <old@example.org>\n");
        String mapped = state();
        repo.write(".mailmap", "Alice <alice@example.org> <older@example.org>\n");

        assertThat(mapped).isNotEqualTo(before);
        assertThat(state()).isNotEqualTo(mapped).isNotEqualTo(before);
    }

    @Test
    void noStateWithoutABranchAtHead() throws ForgeException {
        repo.git("checkout", "-q", "--detach");
        assertThat(connector.state(project)).isEmpty();

        ScriptedRepo empty = ScriptedRepo.init(temp.resolve("empty"));
        assertThat(connector.state(new TrackedProject(ProjectId.parse("git:empty"), empty.dir().toString()))).isEmpty();
    }

    private String state() throws ForgeException {
        Optional<String> state = connector.state(project);
        assertThat(state).isPresent();
        return state.get();
    }
}
