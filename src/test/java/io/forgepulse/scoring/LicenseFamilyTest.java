package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The license family an adopter faces, from SPDX ids, expressions, files and the forge. */
class LicenseFamilyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "MIT; permissive",
            "Apache-2.0; permissive",
            "MulanPSL-2.0; permissive",
            "BSD-3-Clause; permissive",
            "LGPL-2.1-or-later; weak-copyleft",
            "MPL-2.0; weak-copyleft",
            "EPL-2.0; weak-copyleft",
            "CDDL-1.0; weak-copyleft",
            "GPL-3.0-only; strong-copyleft",
            "GPL-2.0+; strong-copyleft",
            "AGPL-3.0-or-later; network-copyleft",
            "BUSL-1.1; non-osi",
            "SSPL-1.0; non-osi",
            "LicenseRef-acme; non-osi",
            "MIT OR Apache-2.0; permissive",
            "GPL-2.0-only OR MIT; permissive",
            "MIT AND GPL-3.0-only; strong-copyleft",
            "(LGPL-2.1-only OR GPL-3.0-only) AND MIT; strong-copyleft",
            "GPL-2.0-only WITH Classpath-exception-2.0; strong-copyleft",
    })
    void ofExpression(String expression, String family) {
        assertThat(LicenseFamily.ofExpression(expression)).isEqualTo(family);
    }

    @Test
    void ofSnapshot() {
        assertThat(LicenseFamily.of(null)).isEqualTo("none");
        assertThat(LicenseFamily.of(HistoryBuilder.github().build().snapshot())).isEqualTo("none");
        assertThat(LicenseFamily.of(HistoryBuilder.github().licenseSpdx("MIT").build().snapshot())).isEqualTo("permissive");
        assertThat(LicenseFamily.of(HistoryBuilder.github().licenseSpdx("NOASSERTION").build().snapshot())).isEqualTo("non-osi");
        assertThat(LicenseFamily.of(HistoryBuilder.github().file(FileKind.LICENSE, "LICENSE", 100, null).build().snapshot()))
                .as("a license nobody identified").isEqualTo("non-osi");
        assertThat(LicenseFamily.of(HistoryBuilder.github()
                .file(FileKind.LICENSE, "LICENSE-MIT", 100, "MIT")
                .file(FileKind.LICENSE, "LICENSE-GPL", 100, "GPL-3.0-only").build().snapshot()))
                .as("separate files must all be honoured").isEqualTo("strong-copyleft");
        assertThat(LicenseFamily.of(HistoryBuilder.github()
                .file(FileKind.LICENSE, "LICENSE", 100, "Apache-2.0")
                .file(FileKind.LICENSE, "third_party/x/LICENSE", 100, "GPL-3.0-only").build().snapshot()))
                .as("vendored licenses below top level are not the project's").isEqualTo("permissive");
    }
}
