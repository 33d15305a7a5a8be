package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.OddHistory;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The odd commits of {@link OddHistory} are all read, each as far as git's bytes allow. */
class OddCommitsTest {

    @TempDir
    Path temp;

    @Test
    void everyOddCommitIsReadAsFarAsItGoes() throws Exception {
        ScriptedRepo repo = OddHistory.create(temp.resolve("odd"));
        RecordingSink sink = new RecordingSink();
        new GitConnector(temp.resolve("mirrors"), 3).harvest(
                new TrackedProject(ProjectId.parse("git:odd"), repo.dir().toString()), HarvestCursor.EMPTY, sink);

        assertThat(sink.shas()).hasSize(Integer.parseInt(repo.git("rev-list", "--count", "--no-merges", "HEAD")))
                .containsExactlyElementsOf(repo.lines("rev-list", "--reverse", "HEAD"));
        assertThat(sink.commits()).extracting(c -> c.author().name()).containsExactly(ScriptedRepo.ALICE.name(),
                OddHistory.NO_ADDRESS, OddHistory.NO_ADDRESS, OddHistory.BAD_NAME, OddHistory.LATIN1_NAME,
                "Old Import", "Future Clock", ScriptedRepo.BOB.name());
        assertThat(sink.commits().get(1).author().email()).isEmpty();
        assertThat(sink.commits().get(5).author().when().toInstant()).isEqualTo(Instant.EPOCH);
        assertThat(sink.commits().get(6).author().when().toInstant()).isEqualTo(OddHistory.FUTURE);
        assertThat(sink.commits()).extracting(Commit::filesChanged).containsOnly(1);
    }
}
