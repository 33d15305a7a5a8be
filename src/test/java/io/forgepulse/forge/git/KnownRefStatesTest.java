package io.forgepulse.forge.git;

import static io.forgepulse.testing.ScriptedRepo.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgepulse.forge.ForgeException;
import io.forgepulse.testing.ScriptedRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state is answered without git only while the files it is read from are untouched and old enough to trust; every
 * change a harvest depends on is seen at the next check, and layouts the fingerprint does not know are always read.
 */
class KnownRefStatesTest {

    @TempDir
    Path temp;

    ScriptedRepo repo;
    AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void repository() {
        repo = ScriptedRepo.init(temp.resolve("repo"));
        repo.write("README.md", "hello\n");
        repo.commit("First", ALICE, "2024-01-01T10:00:00Z");
        repo.tag("v1", null, "2024-01-01T10:00:00Z");
    }

    @Test
    void answersWithoutGitWhileTheRefFilesAreUntouched() throws Exception {
        KnownRefStates known = new KnownRefStates();
        settle(repo.dir());
        Optional<String> first = state(known, repo.dir());
        Optional<String> second = state(known, repo.dir());
        Optional<String> third = state(known, repo.dir());

        assertThat(first).isPresent().isEqualTo(second).isEqualTo(third).isEqualTo(read(repo.dir()));
        assertThat(reads).hasValue(1);
    }

    @Test
    void readsAgainAfterEachChangeAndTrustsNoFileWrittenJustNow() throws Exception {
        KnownRefStates known = new KnownRefStates();
        settle(repo.dir());
        Optional<String> before = state(known, repo.dir());
        repo.commit("Second", ALICE, "2024-01-02T10:00:00Z");
        Optional<String> after = state(known, repo.dir());
        Optional<String> again = state(known, repo.dir()); // refs/heads/main was written within the last 2 s

        assertThat(after).isNotEqualTo(before).isEqualTo(again).isEqualTo(read(repo.dir()));
        assertThat(reads).hasValue(3);
    }

    /**
     * With no settling time at all (the harshest case: every file just written), a state answered from memory still
     * equals what git reads after each kind of change: git's lock-and-rename gives each written ref a new inode.
     */
    @Test
    void neverAnswersAStaleStateAfterAnyRefChange() throws Exception {
        KnownRefStates known = new KnownRefStates(Duration.ZERO);
        List<Consumer<ScriptedRepo>> changes = List.of(
                r -> r.commit("Second", ALICE, "2024-01-02T10:00:00Z"),
                r -> r.tag("v2", "Release 2", "2024-01-02T11:00:00Z"),
                r -> r.git("tag", "-f", "v1"),
                r -> r.git("pack-refs", "--all"),
                r -> r.git("tag", "-d", "v2"),
                r -> r.git("tag", "v3"),
                r -> r.git("checkout", "-q", "-b", "trunk"),
                r -> r.commit("On trunk", ALICE, "2024-01-03T10:00:00Z"),
                r -> r.git("checkout", "-q", "main"),
                r -> r.write(".mailmap", "Alice <alice@example.org>\n"),
                r -> r.git("tag", "-d", "v1"));
        for (Consumer<ScriptedRepo> change : changes) {
            state(known, repo.dir());
            change.accept(repo);
            assertThat(state(known, repo.dir())).isEqualTo(read(repo.dir()));
        }
    }

    @Test
    void aBareRepositoryIsFingerprintedToo() throws Exception {
        Path bare = temp.resolve("bare.git");
        repo.git("clone", "-q", "--bare", repo.dir().toString(), bare.toString());
        settle(bare);
        KnownRefStates known = new KnownRefStates();

        assertThat(state(known, bare)).isEqualTo(state(known, bare)).isEqualTo(read(bare)).isPresent();
        assertThat(reads).hasValue(1);
    }

    @Test
    void alwaysReadsALinkedWorkingTree() throws Exception {
        Path linked = temp.resolve("linked");
        repo.git("worktree", "add", "-q", linked.toString(), "-b", "side");
        settle(repo.dir());
        settle(linked);
        KnownRefStates known = new KnownRefStates();
        state(known, linked);
        state(known, linked);

        assertThat(reads).hasValue(2); // .git is a file naming refs elsewhere: no fingerprint
    }

    @Test
    void alwaysReadsRefsBehindASymbolicLink() throws Exception {
        Path tags = repo.dir().resolve(".git/refs/tags");
        Path elsewhere = temp.resolve("tags-elsewhere");
        Files.move(tags, elsewhere);
        Files.createSymbolicLink(tags, elsewhere);
        settle(repo.dir());
        settle(elsewhere);
        KnownRefStates known = new KnownRefStates();
        state(known, repo.dir());
        state(known, repo.dir());

        assertThat(reads).hasValue(2); // a tag written behind the link would change nothing the walk sees
    }

    @Test
    void aFailedReadIsThrownAndTheNextCheckReadsAgain() throws Exception {
        KnownRefStates known = new KnownRefStates();
        settle(repo.dir());
        state(known, repo.dir());
        repo.commit("Second", ALICE, "2024-01-02T10:00:00Z");
        settle(repo.dir());
        assertThatThrownBy(() -> known.state(repo.dir(), () -> {
            throw new ForgeException("git died");
        })).hasMessage("git died");

        assertThat(state(known, repo.dir())).isEqualTo(read(repo.dir()));
        assertThat(reads).hasValue(2);
    }

    private Optional<String> state(KnownRefStates known, Path directory) throws ForgeException {
        return known.state(directory, () -> {
            reads.incrementAndGet();
            return read(directory);
        });
    }

    private static Optional<String> read(Path directory) throws ForgeException {
        return new RefState(new GitProcess(directory, directory.getParent())).read();
    }

    /** Dates every file of the repository an hour back, as if it had not been written for that long. */
    private static void settle(Path directory) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.toList()) {
                // A symbolic link's own time, not its target's: the fingerprint reads links without following them.
                Files.getFileAttributeView(file, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setTimes(hourAgo, null, null);
            }
        }
    }
}
