package io.forgepulse.forge.git;

import io.forgepulse.forge.SignOffTrailers;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Signature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Corner cases of raw log output that a scripted repository does not easily produce. */
class RawLogParserTest {

    private static List<Commit> parse(String output) throws IOException {
        List<Commit> commits = new ArrayList<>();
        new RawLogParser((commit, parents) -> commits.add(commit))
                .parse(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));
        return commits;
    }

    @Test
    void anEmptyMessageIsFollowedDirectlyByTheNextCommit() throws IOException {
        List<Commit> commits = parse("""
                commit 1111111111111111111111111111111111111111
                tree 2222222222222222222222222222222222222222
                author A <a@x> 1577853000 +0530
                committer C <c@x> 1577988000 -0800
                commit 3333333333333333333333333333333333333333
                tree 2222222222222222222222222222222222222222
                author B <b@x> 1577853000 +0000
                committer B <b@x> 1577853000 +0000
                gpgsig-sha256 -----BEGIN SSH SIGNATURE-----
                 U1NIU0lH
                 -----END SSH SIGNATURE-----

                    subject

                3\t1\tsrc/x.txt
                -\t-\timg.png
                0\t0\tsrc/{a => b}.txt
                """);
        assertThat(commits).hasSize(2);
        assertThat(commits.get(0).sha()).startsWith("1111");
        assertThat(commits.get(0).filesChanged()).isZero();
        assertThat(commits.get(0).signed()).isFalse();
        assertThat(commits.get(1).signed()).isTrue();
        assertThat(commits.get(1).filesChanged()).isEqualTo(3);
        assertThat(commits.get(1).linesAdded()).isEqualTo(3);
        assertThat(commits.get(1).linesDeleted()).isEqualTo(1);
    }

    @Test
    void malformedIdentitiesAreReadAsFarAsTheyGo() {
        assertThat(IdentityLine.parse("Linus Torvalds <torvalds@ppc970.osdl.org> 1112911993 -0700"))
                .isEqualTo(new Signature("Linus Torvalds", "torvalds@ppc970.osdl.org",
                        OffsetDateTime.parse("2005-04-07T15:13:13-07:00")));
        assertThat(IdentityLine.parse("Nobody <> 0 +0000").email()).isEmpty();
        assertThat(IdentityLine.parse("no mail at all").name()).isEqualTo("no mail at all");
        assertThat(IdentityLine.parse("X <x@y> 1112911993 +9900").when().getOffset().getTotalSeconds()).isZero();
        assertThat(IdentityLine.parse("X <x@y>").when().toInstant().getEpochSecond()).isZero();
    }

    @Test
    void signOffsCountOnlyInATrailerBlock() {
        assertThat(signOffs("Subject", "", "Body.", "", "Signed-off-by: A <a@x>", "Reviewed-by: B <b@x>"))
                .containsExactly("A <a@x>");
        assertThat(signOffs("Signed-off-by: A <a@x>")).as("the subject is never a trailer").isEmpty();
        assertThat(signOffs("Subject", "", "Signed-off-by: A <a@x>", "", "Closing words."))
                .as("not the last paragraph").isEmpty();
        assertThat(signOffs("Subject", "", "one", "two", "three", "four", "Signed-off-by: A <a@x>"))
                .as("a sign-off lost in prose").isEmpty();
        assertThat(signOffs("Subject", "", "Fixes the thing.", "Signed-off-by: A <a@x>"))
                .as("a quarter of the paragraph is trailers").containsExactly("A <a@x>");
        assertThat(signOffs("Subject", "", "signed-off-by: a <a@x>", "", "")).containsExactly("a <a@x>");
    }

    /** As a whole message, the way the API connectors hand one over. */
    private static List<String> signOffs(String... lines) {
        return SignOffTrailers.of(String.join("\n", lines));
    }
}
