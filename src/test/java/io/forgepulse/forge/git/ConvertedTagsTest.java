package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Release;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An svn conversion tags every old release on the day it ran: those tags are dated by their commits. */
class ConvertedTagsTest {

    @TempDir
    Path temp;

    @Test
    void manyTagsOnOneTaggerDayTakeTheirCommitsDates() throws ForgeException {
        ScriptedRepo repo = ScriptedRepo.init(temp.resolve("repo"));
        String conversion = "2012-06-30T12:00:00Z";
        for (int i = 1; i <= CONVERSION; i++) {
            repo.write("f.txt", "v" + i).commit("release " + i, ScriptedRepo.ALICE, (2000 + i) + "-03-01T10:00:00Z");
            repo.annotatedTag("NAME_1_" + i, "imported", ScriptedRepo.BOB, conversion);
        }
        repo.write("f.txt", "new").commit("release 2.0", ScriptedRepo.ALICE, "2013-05-01T10:00:00Z");
        repo.annotatedTag("v2.0.0", "Release 2.0.0", ScriptedRepo.BOB, "2013-05-02T10:00:00Z");
        RecordingSink sink = new RecordingSink();
        new GitConnector(temp.resolve("mirrors"), 2000).harvest(
                new TrackedProject(ProjectId.parse("git:conv"), repo.dir().toString()), HarvestCursor.EMPTY, sink);

        Map<String, Release> byTag = sink.releases().stream().collect(Collectors.toMap(Release::tag, Function.identity()));
        for (int i = 1; i <= CONVERSION; i++) {
            String commitDate = repo.git("log", "-1", "--format=%cI", "NAME_1_" + i);
            assertThat(byTag.get("NAME_1_" + i).publishedAt()).isEqualTo(OffsetDateTime.parse(commitDate));
        }
        // An ordinary tag keeps its tagger date.
        assertThat(byTag.get("v2.0.0").publishedAt()).isEqualTo(OffsetDateTime.parse("2013-05-02T10:00:00Z"));
    }

    private static final int CONVERSION = TagHarvest.CONVERSION_DAY_TAGS;
}
