package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's .mailmap renames commit authors exactly as git itself does (git log %aN/%aE is the oracle). */
class MailmapTest {

    @TempDir
    Path temp;

    @Test
    void authorsAreNamedAsGitAppliesTheMailmapAndAChangedMailmapRenamesOldCommits() throws ForgeException {
        ScriptedRepo repo = ScriptedRepo.init(temp.resolve("repo"));
        ScriptedRepo.Who laptop = new ScriptedRepo.Who("jd", "jd@laptop.home");
        ScriptedRepo.Who work = new ScriptedRepo.Who("Jane Doe", "JANE@corp.example");
        repo.write("a.txt", "a").commit("one", laptop, "2024-01-01T10:00:00Z");
        repo.write("b.txt", "b").commit("two", work, "2024-01-02T10:00:00Z");
        repo.write(".mailmap", "Jane Doe <jane@example.org> <jd@laptop.home>\n").commit("map", work, "2024-01-03T10:00:00Z");
        TrackedProject project = new TrackedProject(ProjectId.parse("git:mm"), repo.dir().toString());
        GitConnector connector = new GitConnector(temp.resolve("mirrors"), 2000);

        RecordingSink first = new RecordingSink();
        connector.harvest(project, HarvestCursor.EMPTY, first);
        assertThat(authors(first.commits())).isEqualTo(gitsOwn(repo));
        assertThat(authors(first.commits()).values()).contains("Jane Doe <jane@example.org>", "Jane Doe <JANE@corp.example>");

        // The maintainer maps the work address too: the next harvest reads every commit again, renamed.
        repo.write(".mailmap", "Jane Doe <jane@example.org> <jd@laptop.home>\nJane Doe <jane@example.org> <jane@corp.example>\n")
                .commit("map more", work, "2024-01-04T10:00:00Z");
        RecordingSink second = new RecordingSink();
        connector.harvest(project, first.lastCursor(HarvestCursor.EMPTY), second);

        assertThat(second.commits()).hasSize(4);
        assertThat(authors(second.commits())).isEqualTo(gitsOwn(repo));
        assertThat(authors(second.commits()).values()).containsOnly("Jane Doe <jane@example.org>");

        RecordingSink third = new RecordingSink();
        connector.harvest(project, second.lastCursor(HarvestCursor.EMPTY), third);
        assertThat(third.commits()).isEmpty();
    }

    private static Map<String, String> authors(List<Commit> commits) {
        Map<String, String> bySha = new HashMap<>();
        commits.forEach(c -> bySha.put(c.sha(), c.author().name() + " <" + c.author().email() + ">"));
        return bySha;
    }

    private static Map<String, String> gitsOwn(ScriptedRepo repo) {
        Map<String, String> bySha = new HashMap<>();
        for (String line : repo.lines("log", "--use-mailmap", "--no-merges", "--format=%H%x09%aN <%aE>")) {
            String[] f = line.split("\t");
            bySha.put(f[0], f[1]);
        }
        return bySha;
    }
}
