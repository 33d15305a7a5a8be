package io.forgepulse.scoring;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version read from a tag, semver-ish: {@code v1.2.3}, {@code 1.2}, {@code rel/1.0},
 * {@code release-2.0.0}, {@code 1.0.0-rc.1}, {@code 2.5.RELEASE}, {@code 5.0.0.Final}, {@code 1.0a1}, {@code NAME_1_2}.
 *
 * <p>Only the last path segment is read. A version is a number with at least one dot, or a number right
 * after a leading {@code v}; a bare number ({@code 42}, a build id) is not a version. Whatever follows
 * the numbers is the suffix; it marks a pre-release when one of its alphabetic runs is a pre-release word
 * (alpha, a, beta, b, rc, cr, pre, preview, snapshot, dev, m, milestone, nightly, canary, next, ea, ...),
 * so {@code .Final} and {@code .RELEASE} stay stable.
 */
record Version(int major, int minor, int patch, String suffix) {

    /** Dots or, in CVS/svn-era tags ({@code ANT_1_9_4}, {@code NAME_3_1}), underscores separate the numbers. */
    private static final Pattern NUMBER = Pattern.compile("(?:^|[^A-Za-z0-9])([vV])?(\\d+)(?:[._](\\d+))?(?:[._](\\d+))?");
    private static final Pattern ALPHA_RUN = Pattern.compile("[A-Za-z]+");
    private static final Set<String> PRE_RELEASE = Set.of("alpha", "a", "beta", "b", "rc", "cr", "pre", "preview",
            "snapshot", "dev", "m", "milestone", "nightly", "canary", "next", "ea", "unstable", "experimental", "draft",
            "insiders", "incubating");

    static Optional<Version> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String segment = tag.substring(tag.lastIndexOf('/') + 1);
        Matcher m = NUMBER.matcher(segment);
        while (m.find()) {
            if (m.group(1) == null && m.group(3) == null) {
                continue;
            }
            try {
                int major = Integer.parseInt(m.group(2));
                int minor = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                int patch = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                return Optional.of(new Version(major, minor, patch, segment.substring(m.end())));
            } catch (NumberFormatException tooLong) {
                // a 10+ digit run is a build id or date, not a version; look further
            }
        }
        return Optional.empty();
    }

    boolean preRelease() {
        Matcher m = ALPHA_RUN.matcher(suffix);
        while (m.find()) {
            if (PRE_RELEASE.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A stable release at or beyond 1.0.0: what semver calls a public API promise. */
    boolean stableAtLeastOne() {
        return major >= 1 && !preRelease();
    }
}
