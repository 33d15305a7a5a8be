package io.forgepulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectionProfileTest {

    @Test
    void readsRelevancesAndAxisWeightsAndDefaultsTheRest() {
        SelectionProfile p = SelectionProfile.parse("mine", "mine.properties", List.of(
                "# a comment", "", "description = Mine, for tests", "LEG.AGE=relevant", "SEC.POLICY = critical",
                "GOV.OWNER=ignore", "axis.LEG=1.5", "  IND.QA=CRITICAL  "));

        assertThat(p.name()).isEqualTo("mine");
        assertThat(p.description()).isEqualTo("Mine, for tests");
        assertThat(p.of("SEC.POLICY")).isEqualTo(Relevance.CRITICAL);
        assertThat(p.of("IND.QA")).isEqualTo(Relevance.CRITICAL);
        assertThat(p.of("GOV.OWNER")).isEqualTo(Relevance.IGNORE);
        assertThat(p.of("LEG.AGE")).isEqualTo(Relevance.RELEVANT);
        assertThat(p.of("ACT.REL")).as("a leaf not named is relevant").isEqualTo(Relevance.RELEVANT);
        assertThat(p.axisWeights()).containsEntry("LEG", 1.5).containsEntry("SEC", 1.0).hasSize(6);
        assertThat(p.leaves(Relevance.CRITICAL)).containsExactly("IND.QA", "SEC.POLICY");
        assertThat(p.leafWeights()).containsEntry("SEC.POLICY", 3.0).containsEntry("GOV.OWNER", 0.0)
                .containsEntry("LEG.AGE", 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "unknown leaf|SEC.POLCY=critical|mine.properties line 3: unknown leaf 'SEC.POLCY'",
        "unknown relevance|SEC.POLICY=vital|mine.properties line 3: SEC.POLICY=vital: the relevance is ignore, relevant or critical",
        "weight not a number|axis.SEC=heavy|mine.properties line 3: axis.SEC=heavy: an axis weight is a number ≥ 0",
        "negative weight|axis.SEC=-1|mine.properties line 3: axis.SEC=-1: an axis weight is a number ≥ 0",
        "infinite weight|axis.SEC=Infinity|mine.properties line 3: axis.SEC=Infinity",
        "unknown axis|axis.FOO=2|mine.properties line 3: unknown axis 'FOO'",
        "no equals sign|SEC.POLICY critical|mine.properties line 3: 'SEC.POLICY critical' is not KEY=VALUE",
        "key twice|LEG.AGE=critical|mine.properties line 3: LEG.AGE is given twice",
    })
    void rejectsAMalformedLineWithFileAndLineNumber(String why, String line, String message) {
        assertThatThrownBy(() -> SelectionProfile.parse("mine", "mine.properties",
                List.of("# header", "LEG.AGE=ignore", line)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void everyShippedProfileParses() throws IOException {
        Path dir = Path.of("config/profiles");
        for (String name : List.of("library-adoption", "security-sensitive", "vendor-independence",
                "maintainer-self-check")) {
            Path file = dir.resolve(name + ".properties");
            SelectionProfile p = SelectionProfile.parse(name, file.toString(), Files.readAllLines(file));
            assertThat(p.description()).as(name).isNotBlank();
        }
    }

    @Test
    void theNeutralProfileWeighsEveryLeafAndAxisOne() {
        SelectionProfile p = SelectionProfile.neutral();
        assertThat(p.leafWeights().values()).hasSize(24).containsOnly(1.0);
        assertThat(p.axisWeights().values()).containsOnly(1.0);
    }
}
