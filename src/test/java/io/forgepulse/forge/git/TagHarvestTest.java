package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Release;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "tags" stream: every tag as a release, emitted after the commits and only when the tag list changed. */
class TagHarvestTest {

    @TempDir
    Path temp;

    History history;
    TrackedProject project;
    GitConnector connector;

    @BeforeEach
    void buildHistory() {
        history = History.build(temp.resolve("repo"));
        project = new TrackedProject(ProjectId.parse("git:demo"), history.repo.dir().toString());
        connector = new GitConnector(temp.resolve("mirrors"), 2000);
    }

    @Test
    void everyTagIsAReleaseWithItsDateAndKind() throws ForgeException {
        RecordingSink sink = new RecordingSink();
        connector.harvest(project, HarvestCursor.EMPTY, sink);
        Map<String, Release> byTag = sink.releases().stream().collect(Collectors.toMap(Release::tag, Function.identity()));

        assertThat(byTag).containsOnlyKeys("v0.1", "v0.2", "v0.3", "v1.0");

        // Lightweight: the tagged commit's committer date, with its offset.
        assertThat(byTag.get("v0.1")).isEqualTo(new Release("v0.1",
                OffsetDateTime.parse(history.repo.git("log", "-1", "--format=%cI", "v0.1")), false, false, false));
        // Annotated with a body: the tagger date, and release notes.
        assertThat(byTag.get("v0.2")).isEqualTo(new Release("v0.2",
                OffsetDateTime.parse("2021-01-13T12:00:00-03:00"), true, false, true));
        // Annotated, subject only: no notes.
        assertThat(byTag.get("v0.3")).isEqualTo(new Release("v0.3",
                OffsetDateTime.parse("2021-01-17T11:00:00-08:00"), true, false, false));
        // A PGP signature block in the message: signed; the block alone is not release notes.
        assertThat(byTag.get("v1.0")).isEqualTo(new Release("v1.0",
                OffsetDateTime.parse("2021-01-18T19:00:00+09:00"), true, true, false));

        for (Release release : sink.releases()) {
            assertThat(release.publishedAt()).isEqualTo(OffsetDateTime.parse(history.repo.git(
                    "for-each-ref", "--format=%(if)%(taggerdate)%(then)%(taggerdate:iso-strict)%(else)%(committerdate:iso-strict)%(end)",
                    "refs/tags/" + release.tag())));
        }
    }

    @Test
    void releasesComeInTheirOwnBatchAfterTheCommits() throws ForgeException {
        RecordingSink sink = new RecordingSink();
        connector.harvest(project, HarvestCursor.EMPTY, sink);
        HarvestBatch last = sink.batches.get(sink.batches.size() - 1);
        assertThat(last.releases()).hasSize(4);
        assertThat(last.commits()).isEmpty();
        assertThat(last.cursor().position("commits")).contains(history.repo.git("rev-parse", "HEAD"));
        assertThat(last.cursor().position("tags")).hasValueSatisfying(p -> assertThat(p).matches("[0-9a-f]{64}"));
        assertThat(sink.batches.subList(0, sink.batches.size() - 1)).allMatch(b -> b.releases().isEmpty());
    }

    @Test
    void aReleaseBatchIsEmittedOnlyWhenTheTagsChange() throws ForgeException {
        RecordingSink first = new RecordingSink();
        connector.harvest(project, HarvestCursor.EMPTY, first);

        RecordingSink unchanged = new RecordingSink();
        connector.harvest(project, first.lastCursor(null), unchanged);
        assertThat(unchanged.batches).isEmpty();

        history.repo.git("tag", "v1.1");
        RecordingSink added = new RecordingSink();
        connector.harvest(project, first.lastCursor(null), added);
        assertThat(added.batches).hasSize(1);
        assertThat(added.releases()).extracting(Release::tag).containsExactly("v0.1", "v0.2", "v0.3", "v1.0", "v1.1");

        history.repo.git("tag", "-d", "v0.1");
        RecordingSink deleted = new RecordingSink();
        connector.harvest(project, added.lastCursor(null), deleted);
        assertThat(deleted.releases()).extracting(Release::tag).containsExactly("v0.2", "v0.3", "v1.0", "v1.1");
        assertThat(deleted.lastCursor(null).position("tags")).isNotEqualTo(added.lastCursor(null).position("tags"));
    }

    @Test
    void anSshSignatureBlockAlsoCountsAsSigned() {
        String listing = String.join("\u0000", "v2", "tag", "2024-05-01T10:00:00+02:00", "2024-05-01T09:00:00+02:00",
                "", "s", "n") + "\n";
        assertThat(TagHarvest.releases(listing)).containsExactly(
                new Release("v2", OffsetDateTime.parse("2024-05-01T10:00:00+02:00"), true, true, true));
        String sshSigned = "object " + history.signedCommit + "\ntype commit\ntag v2\n"
                + "tagger Carol <carol@example.net> 1714550400 +0200\n\nRelease 2\n\nNotes.\n"
                + "-----BEGIN SSH SIGNATURE-----\nU1NIU0lHAAAAAQ==\n-----END SSH SIGNATURE-----\n";
        history.repo.git("update-ref", "refs/tags/v2", history.repo.gitWithInput(sshSigned, "mktag"));
        RecordingSink sink = new RecordingSink();
        try {
            connector.harvest(project, HarvestCursor.EMPTY, sink);
        } catch (ForgeException e) {
            throw new AssertionError(e);
        }
        assertThat(sink.releases()).filteredOn(r -> r.tag().equals("v2")).singleElement()
                .satisfies(r -> assertThat(r.signed()).isTrue())
                .satisfies(r -> assertThat(r.hasNotes()).isTrue());
    }
}
