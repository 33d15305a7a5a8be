package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgepulse.scoring.Relevance;
import io.forgepulse.scoring.SelectionProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCatalogTest {

    @TempDir
    Path dir;

    @Test
    void aFileDroppedIntoTheDirectoryIsUsableByName() throws IOException {
        Files.writeString(dir.resolve("mine.properties"), "# mine\nSEC.POLICY=critical\naxis.SEC=2\n");
        ProfileCatalog catalog = new ProfileCatalog(dir);

        assertThat(catalog.names()).containsExactly("library-adoption", "maintainer-self-check", "mine",
                "security-sensitive", "vendor-independence");
        SelectionProfile mine = catalog.find("mine").orElseThrow();
        assertThat(mine.of("SEC.POLICY")).isEqualTo(Relevance.CRITICAL);
        assertThat(mine.axisWeights()).containsEntry("SEC", 2.0);
    }

    @Test
    void theShippedProfilesComeFromTheClasspathWhenTheDirectoryLacksThem() {
        ProfileCatalog catalog = new ProfileCatalog(dir.resolve("missing"));

        for (String name : ProfileCatalog.SHIPPED) {
            assertThat(catalog.find(name)).as(name).isPresent();
        }
        assertThat(catalog.find("security-sensitive").orElseThrow().of("SEC.POLICY")).isEqualTo(Relevance.CRITICAL);
    }

    @Test
    void aFileInTheDirectoryWinsOverAShippedProfile() throws IOException {
        Files.writeString(dir.resolve("security-sensitive.properties"), "SEC.POLICY=ignore\n");

        assertThat(new ProfileCatalog(dir).find("security-sensitive").orElseThrow().of("SEC.POLICY"))
                .isEqualTo(Relevance.IGNORE);
    }

    @Test
    void aMalformedFileIsRejectedWithItsPathAndLine() throws IOException {
        Files.writeString(dir.resolve("broken.properties"), "# broken\nSEC.POLICY=vital\n");

        assertThatThrownBy(() -> new ProfileCatalog(dir).find("broken"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(dir.resolve("broken.properties") + " line 2: SEC.POLICY=vital");
    }

    @Test
    void namesThatCouldLeaveTheDirectoryAreUnknown() {
        ProfileCatalog catalog = new ProfileCatalog(dir);

        assertThat(catalog.find("../library-adoption")).isEmpty();
        assertThat(catalog.find("nope")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }
}
