package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.forge.ForgeException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What anyone can read as a failed run's message. */
class PublicMessageTest {

    private final PublicMessage messages = new PublicMessage(List.of("/srv/forgepulse/data", "/"));

    @Test
    void aConnectorsSentenceIsKeptWithoutHostPathsOrCredentials() {
        ForgeException git = new ForgeException("git log --topo-order failed in /srv/forgepulse/data/mirrors/x.git"
                + " (exit 128): fatal: could not read from 'https://ann:s3cret@git.example.org/x.git'");
        assertThat(messages.of(git, null)).isEqualTo("git log --topo-order failed in … (exit 128): fatal: could not"
                + " read from 'https://git.example.org/x.git'");
        ForgeException local = new ForgeException("no directory at /home/ann/repos/secret; use a path or URL");
        assertThat(messages.of(local, "/home/ann/repos/secret")).isEqualTo("no directory at …; use a path or URL");
    }

    @Test
    void apiPathsInAForgesSentenceAreNotHostPaths() {
        ForgeException github = new ForgeException("GitHub answered GET /repos/o/n/issues?page=2 with HTTP 502");
        assertThat(messages.of(github, null)).isEqualTo(github.getMessage());
    }

    @Test
    void anythingElseIsNamedByItsTypeOnly() {
        RuntimeException leaky = new IllegalStateException("MERGE INTO commit_event ... ann@example.org at /srv/x");
        assertThat(messages.of(leaky, null))
                .isEqualTo("the harvest failed unexpectedly (IllegalStateException); details in the service log");
        assertThat(messages.of(new StackOverflowError(), null))
                .isEqualTo("the harvest failed unexpectedly (StackOverflowError); details in the service log");
        assertThat(messages.of(new OutOfMemoryError("Java heap space"), null))
                .isEqualTo("the harvest ran out of memory; details in the service log");
    }

    @Test
    void aLongSentenceIsCut() {
        assertThat(messages.of(new ForgeException("x".repeat(5000)), null)).hasSize(PublicMessage.MAX);
    }
}
