package io.forgepulse.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Semver-ish tags: which are stable releases at or beyond 1.0.0. */
class VersionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "v1.2.3, true",
            "1.2, true",
            "rel/1.0, true",
            "release-2.0.0, true",
            "widget-1.0.0, true",
            "python3-1.0, true",
            "5.0.0.Final, true",
            "2.5.RELEASE, true",
            "v2, true",
            "v1.0.0+build.7, true",
            "v0.9.9, false",
            "0.1, false",
            "v1.0.0-rc.1, false",
            "1.0.0-beta, false",
            "1.0a1, false",
            "4.0.0-M1, false",
            "v2.0.0-SNAPSHOT, false",
            "6.0.0.CR1, false",
            "nightly, false",
            "42, false",
            "build-20240101, false",
    })
    void stableAtLeastOne(String tag, boolean stable) {
        assertThat(Version.parse(tag).map(Version::stableAtLeastOne).orElse(false)).isEqualTo(stable);
    }

    @ParameterizedTest(name = "{0} -> {1}.{2}.{3}")
    @CsvSource({
            "v1.2.3, 1, 2, 3",
            "rel/1.0, 1, 0, 0",
            "python3-1.4, 1, 4, 0",
            "build-42-2.1, 2, 1, 0",
    })
    void numbers(String tag, int major, int minor, int patch) {
        Version v = Version.parse(tag).orElseThrow();
        assertThat(v.major()).isEqualTo(major);
        assertThat(v.minor()).isEqualTo(minor);
        assertThat(v.patch()).isEqualTo(patch);
    }
}
