package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgepulse.domain.Forge;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.ScriptedRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Working trees, bare repositories and mirrored clone URLs; and the locations that are refused. */
class LocationTest {

    @TempDir
    Path temp;

    private GitConnector connector() {
        return new GitConnector(temp.resolve("mirrors"), 2000);
    }

    private static TrackedProject project(String location) {
        return new TrackedProject(ProjectId.parse("git:demo"), location);
    }

    @Test
    void isTheGitForge() {
        assertThat(connector().forge()).isEqualTo(Forge.GIT);
    }

    @Test
    void readsABareRepository() throws ForgeException {
        History history = History.build(temp.resolve("repo"));
        Path bare = temp.resolve("bare.git");
        history.repo.git("clone", "-q", "--bare", history.repo.dir().toString(), bare.toString());

        RecordingSink sink = new RecordingSink();
        connector().harvest(project(bare.toString()), HarvestCursor.EMPTY, sink);
        assertThat(sink.shas()).containsExactlyInAnyOrderElementsOf(history.repo.lines("rev-list", "--no-merges", "HEAD"));
        assertThat(sink.releases()).hasSize(4);
        ProjectSnapshot snapshot = connector().snapshot(project(bare.toString()));
        assertThat(snapshot.headSha()).isEqualTo(history.repo.git("rev-parse", "HEAD"));
        assertThat(snapshot.defaultBranch()).isEqualTo("main");
    }

    @Test
    void mirrorsAFileUrlAndFetchesOnEverySnapshot() throws ForgeException {
        History history = History.build(temp.resolve("upstream"));
        TrackedProject project = project(history.repo.dir().toUri().toString());
        assertThat(project.location()).startsWith("file://");
        GitConnector connector = connector();

        ProjectSnapshot first = connector.snapshot(project);
        Path mirror = temp.resolve("mirrors/demo.git");
        assertThat(mirror.resolve("HEAD")).exists();
        assertThat(ScriptedRepo.open(mirror).git("config", "--get", "remote.origin.mirror")).isEqualTo("true");
        assertThat(first.headSha()).isEqualTo(history.repo.git("rev-parse", "HEAD"));
        RecordingSink full = new RecordingSink();
        connector.harvest(project, HarvestCursor.EMPTY, full);
        assertThat(full.shas()).hasSize(7);

        history.repo.write("late.txt", "late\n");
        String late = history.repo.commit("Late commit", ScriptedRepo.BOB, "2021-03-01T10:00:00-08:00");
        RecordingSink beforeFetch = new RecordingSink();
        connector.harvest(project, full.lastCursor(null), beforeFetch);
        assertThat(beforeFetch.shas()).as("harvest reads the mirror as the last snapshot left it").isEmpty();

        ProjectSnapshot second = connector.snapshot(project);
        assertThat(second.headSha()).isEqualTo(late);
        RecordingSink afterFetch = new RecordingSink();
        connector.harvest(project, full.lastCursor(null), afterFetch);
        assertThat(afterFetch.shas()).containsExactly(late);
    }

    @Test
    void harvestClonesTheMirrorWhenNoSnapshotDidYet() throws ForgeException {
        History history = History.build(temp.resolve("upstream"));
        RecordingSink sink = new RecordingSink();
        connector().harvest(project(history.repo.dir().toUri().toString()), HarvestCursor.EMPTY, sink);
        assertThat(sink.shas()).hasSize(7);
    }

    @Test
    void theMirrorFollowsTheRemotesDefaultBranch() throws ForgeException {
        History history = History.build(temp.resolve("upstream"));
        TrackedProject project = project(history.repo.dir().toUri().toString());
        connector().snapshot(project);

        history.repo.git("branch", "-m", "main", "trunk");
        ProjectSnapshot renamed = connector().snapshot(project);
        assertThat(renamed.defaultBranch()).isEqualTo("trunk");
        assertThat(renamed.headSha()).isEqualTo(history.repo.git("rev-parse", "HEAD"));
    }

    @Test
    void aCrashedCloneLeavesNoMirrorAndIsCleanedUpNextTime() throws ForgeException, IOException {
        Path leftover = Files.createDirectories(temp.resolve("mirrors/.demo.git.tmp-12345/objects"));
        Files.writeString(leftover.resolve("junk"), "half a clone");

        assertThatThrownBy(() -> connector().snapshot(project(temp.resolve("nowhere").toUri().toString())))
                .isInstanceOf(ForgeException.class)
                .hasMessageContaining("clone")
                .hasMessageContaining("does not appear to be a git repository"); // git's own stderr
        assertThat(temp.resolve("mirrors/demo.git")).doesNotExist();
        try (var entries = Files.list(temp.resolve("mirrors"))) {
            assertThat(entries).isEmpty();
        }

        History history = History.build(temp.resolve("upstream"));
        ProjectSnapshot snapshot = connector().snapshot(project(history.repo.dir().toUri().toString()));
        assertThat(snapshot.headSha()).isEqualTo(history.repo.git("rev-parse", "HEAD"));
        try (var entries = Files.list(temp.resolve("mirrors"))) {
            assertThat(entries).extracting(p -> p.getFileName().toString()).containsExactly("demo.git");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh://git@example.com/repo.git", "git://example.com/repo.git", "ext::sh -c touch% /tmp/pwned",
            "git@example.com:owner/repo.git", "ftp://example.com/repo.git"})
    void refusesOtherTransports(String location) {
        assertThatThrownBy(() -> connector().harvest(project(location), HarvestCursor.EMPTY, new RecordingSink()))
                .isInstanceOf(ForgeException.class)
                .hasMessageContaining("file://, https:// or http://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--upload-pack=touch /tmp/pwned", "-c", "-"})
    void refusesLocationsThatLookLikeOptions(String location) {
        assertThatThrownBy(() -> connector().snapshot(project(location)))
                .isInstanceOf(ForgeException.class)
                .hasMessageContaining("option")
                .hasMessageContaining("file://, https:// or http://");
    }

    @Test
    void refusesAMissingDirectoryAndADirectoryThatIsNoRepository() throws IOException {
        assertThatThrownBy(() -> connector().snapshot(project(temp.resolve("missing").toString())))
                .isInstanceOf(ForgeException.class)
                .hasMessageContaining("no directory");
        // A plain directory inside a repository must not be read as that repository.
        History history = History.build(temp.resolve("repo"));
        Path plain = Files.createDirectories(history.repo.dir().resolve("not-a-repo"));
        assertThatThrownBy(() -> connector().snapshot(project(plain.toString())))
                .isInstanceOf(ForgeException.class)
                .hasMessageContaining("not a git repository");
    }

    @Test
    void credentialsInAUrlStayOutOfMessages() {
        assertThatThrownBy(() -> connector().snapshot(project("ssh://user:s3cret@example.com/repo.git")))
                .isInstanceOf(ForgeException.class)
                .message().doesNotContain("s3cret");
    }
}
