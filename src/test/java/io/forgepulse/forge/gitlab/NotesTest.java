package io.forgepulse.forge.gitlab;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.Review;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.http.ForgeClient;
import io.forgepulse.forge.http.HttpPolicy;
import io.forgepulse.forge.http.RequestBudget;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.forge.http.RestClient;
import io.forgepulse.forge.http.RestSession;
import io.forgepulse.forge.http.RunTag;
import io.forgepulse.forge.http.TokenPool;
import io.forgepulse.domain.ProjectId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes as comments and approvals, from the recorded notes of gitlab.com merge requests. */
class NotesTest {

    @TempDir
    Path temp;

    private WireMockServer server;
    private RecordedGitLab gitlab;
    private RestSession session;

    @BeforeEach
    void start() throws ForgeException {
        server = new WireMockServer(options().dynamicPort().extensions(new GitLabLists()));
        server.start();
        gitlab = new RecordedGitLab(server);
        HttpPolicy policy = new HttpPolicy(temp.resolve("http-cache"), 10_000_000, 0, Duration.ofMillis(1),
                Duration.ofMillis(100), Duration.ofSeconds(5), 10_000_000);
        RestClient api = new RestClient(ForgeClient.create(policy, new RequestCounts()), gitlab.apiUrl(),
                GitLabDialect.INSTANCE);
        session = new RestSession(api, new RunTag("gitlab", new RequestBudget(100), api.home()),
                new TokenPool("GitLab", List.of()).lease(ProjectId.parse("gitlab:" + RecordedGitLab.PROJECT)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private Notes notesOf(String iid) throws ForgeException {
        gitlab.notes(RecordedGitLab.MERGE_REQUESTS, iid, RecordedGitLab.mergeRequestNotes().get(iid));
        return Notes.read(session, RecordedGitLab.MERGE_REQUESTS.substring("/api/v4".length()), iid,
                ItemKind.CHANGE_REQUEST, "!" + iid);
    }

    @Test
    void eachApprovalSystemNoteIsAnApprovingReviewAndAnUnapprovalIsNot() throws ForgeException {
        // !37: approved, unapproved, approved again, all by basicthinker
        Notes notes = notesOf("37");

        assertThat(notes.comments()).isEmpty();
        assertThat(notes.reviews()).extracting(Review::key).containsExactly("approval:135848627", "approval:135848654");
        assertThat(notes.reviews()).allSatisfy(r -> {
            assertThat(r.changeRequestKey()).isEqualTo("!37");
            assertThat(r.author()).isEqualTo("basicthinker");
            assertThat(r.state()).isEqualTo("APPROVED");
        });
    }

    @Test
    void systemNotesAreEventsNotResponses() throws ForgeException {
        // !1: eleven notes, one of them written by a person; the rest are "assigned", "added 1 commit", "merged"...
        Notes notes = notesOf("1");

        assertThat(notes.comments()).hasSize(1);
        assertThat(notes.comments().get(0).key()).isEqualTo("note:186439132");
        assertThat(notes.comments().get(0).parentKey()).isEqualTo("!1");
        assertThat(notes.comments().get(0).review()).isFalse();
        assertThat(notes.reviews()).isEmpty();
    }
}
