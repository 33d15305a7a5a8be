package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.TrackedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** forgepulse.git.allowed-locations: path and URL prefixes, and the ways around them that are closed. */
class LocationPolicyTest {

    @TempDir
    static Path temp;

    private static LocationPolicy policy() {
        return LocationPolicy.of(List.of(temp.resolve("allowed").toString(), "https://git.example.org/team/",
                "http://127.0.0.2:8081"));
    }

    @Test
    void noPrefixAllowsEverything() {
        assertThatCode(() -> LocationPolicy.of(List.of()).check("/etc")).doesNotThrowAnyException();
        assertThatCode(() -> LocationPolicy.ALLOW_ALL.check("http://169.254.169.254/x.git")).doesNotThrowAnyException();
    }

    @Test
    void allowsPathsAndUrlsUnderAPrefix() throws IOException {
        Files.createDirectories(temp.resolve("allowed/repo"));
        for (String location : List.of(temp.resolve("allowed/repo").toString(), temp.resolve("allowed").toString(),
                temp.resolve("allowed/repo").toUri().toString(), "https://git.example.org/team/app.git",
                "https://user:secret@GIT.example.org:443/team/sub/app.git", "http://127.0.0.2:8081/any/repo.git")) {
            assertThatCode(() -> policy().check(location)).as(location).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc", "https://git.example.org/other/app.git", "https://git.example.org/teammate/x.git",
        "https://git.example.org/team/../other/x.git", "http://git.example.org/team/app.git",
        "https://git.example.org:8443/team/app.git", "https://evil.example.com/team/app.git",
        "http://127.0.0.2:8082/repo.git", "file:///etc"})
    void refusesEverythingElseNamingTheKnob(String location) {
        assertThatThrownBy(() -> policy().check(location)).isInstanceOf(ForgeException.class)
                .hasMessageContaining("forgepulse.git.allowed-locations");
    }

    @Test
    void refusesASiblingWithTheSamePrefixAndAPathThatClimbsOut() throws IOException {
        Files.createDirectories(temp.resolve("allowed-not"));
        assertThatThrownBy(() -> policy().check(temp.resolve("allowed-not").toString()))
                .isInstanceOf(ForgeException.class);
        assertThatThrownBy(() -> policy().check(temp.resolve("allowed/../allowed-not").toString()))
                .isInstanceOf(ForgeException.class);
    }

    @Test
    void refusesASymbolicLinkThatLeadsOut() throws IOException {
        Files.createDirectories(temp.resolve("allowed"));
        Path outside = Files.createDirectories(temp.resolve("secret"));
        Path link = temp.resolve("allowed/link");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, outside);
        assertThatThrownBy(() -> policy().check(link.toString())).isInstanceOf(ForgeException.class);
    }

    @Test
    void aHarvestOfAStoredLocationOutsideThePolicyIsRefused() {
        GitConnector connector = new GitConnector(temp.resolve("mirrors"), 10, Clock.systemUTC(), policy());
        assertThatThrownBy(() -> connector.snapshot(new TrackedProject(ProjectId.parse("git:x"), temp.toString())))
                .isInstanceOf(ForgeException.class).hasMessageContaining("forgepulse.git.allowed-locations");
    }
}
