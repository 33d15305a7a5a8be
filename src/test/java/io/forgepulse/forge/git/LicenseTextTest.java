package io.forgepulse.forge.git;

import io.forgepulse.testing.LicenseTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LicenseTextTest {

    static Stream<Arguments> canonicalTexts() {
        return Stream.of(
                Arguments.of("MIT", LicenseTexts.MIT),
                Arguments.of("Apache-2.0", LicenseTexts.APACHE_2),
                Arguments.of("BSD-2-Clause", LicenseTexts.BSD_2),
                Arguments.of("BSD-3-Clause", LicenseTexts.BSD_3),
                Arguments.of("ISC", LicenseTexts.ISC),
                Arguments.of("0BSD", LicenseTexts.ZERO_BSD),
                Arguments.of("GPL-2.0-only", LicenseTexts.GPL_2),
                Arguments.of("GPL-3.0-only", LicenseTexts.GPL_3),
                Arguments.of("GPL-3.0-or-later", LicenseTexts.GPL_3_NOTICE),
                Arguments.of("LGPL-2.1-only", LicenseTexts.LGPL_2_1),
                Arguments.of("LGPL-3.0-only", LicenseTexts.LGPL_3),
                Arguments.of("AGPL-3.0-only", LicenseTexts.AGPL_3),
                Arguments.of("MPL-2.0", LicenseTexts.MPL_2),
                Arguments.of("EPL-1.0", LicenseTexts.EPL_1),
                Arguments.of("EPL-2.0", LicenseTexts.EPL_2),
                Arguments.of("Unlicense", LicenseTexts.UNLICENSE),
                Arguments.of("BSL-1.0", LicenseTexts.BSL_1),
                Arguments.of("CDDL-1.0", LicenseTexts.CDDL_1),
                Arguments.of("MulanPSL-2.0", LicenseTexts.MULAN_PSL_2),
                Arguments.of("MulanPSL-2.0", LicenseTexts.MULAN_PSL_2_ENGLISH_ONLY),
                Arguments.of("Zlib", LicenseTexts.ZLIB),
                Arguments.of("CC0-1.0", LicenseTexts.CC0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalTexts")
    void recognisesTheCommonLicenses(String spdx, String text) {
        assertThat(LicenseText.spdx(text)).isEqualTo(spdx);
    }

    @ParameterizedTest(name = "{0} reflowed as Markdown")
    @MethodSource("canonicalTexts")
    void survivesReflowAndMarkdown(String spdx, String text) {
        String markdown = "# License\n\n> " + text.replace("\n", " ").replace("  ", " ").replace(". ", ".\n> ") + "\n";
        assertThat(LicenseText.spdx(markdown)).isEqualTo(spdx);
    }

    @Test
    void anSpdxIdentifierLineWins() {
        assertThat(LicenseText.spdx("// SPDX-License-Identifier: Apache-2.0\n" + LicenseTexts.MIT)).isEqualTo("Apache-2.0");
        assertThat(LicenseText.spdx("# SPDX-License-Identifier: MIT OR Apache-2.0\n")).isEqualTo("MIT OR Apache-2.0");
        assertThat(LicenseText.spdx("/* SPDX-License-Identifier: GPL-2.0-only WITH Linux-syscall-note */"))
                .isEqualTo("GPL-2.0-only WITH Linux-syscall-note");
    }

    @Test
    void theLicenseNamedFirstWinsOverAppendedThirdPartyNotices() {
        String apacheWithNotices = LicenseTexts.APACHE_2 + "\n\nThis product bundles foo, under the MIT license:\n\n"
                + LicenseTexts.MIT;
        assertThat(LicenseText.spdx(apacheWithNotices)).isEqualTo("Apache-2.0");
    }

    @Test
    void anApacheNoticeIsApache() {
        assertThat(LicenseText.spdx("""
                Copyright 2024 Example

                Licensed under the Apache License, Version 2.0 (the "License");
                you may not use this file except in compliance with the License.
                """)).isEqualTo("Apache-2.0");
    }

    @Test
    void anUnknownTextIsNull() {
        assertThat(LicenseText.spdx("All rights reserved. Do not copy.")).isNull();
        assertThat(LicenseText.spdx("")).isNull();
        assertThat(LicenseText.spdx(null)).isNull();
    }
}
