package io.forgepulse.scoring;

import io.forgepulse.domain.Release;

import java.time.ZoneOffset;
import java.util.List;

/** LEG.RELHIST (the release record over the project's life) and ACT.REL (releases in the year). */
final class ReleaseHistory {

    private ReleaseHistory() {
    }

    /**
     * LEG.RELHIST: none → 0; 2 when there is a stable ≥ 1.0.0 release AND at least 3 releases AND the first and
     * last release are at least 12 months apart; any other release record → 1 (the spec's "releases but none
     * ≥ 1.0.0, or &lt; 3" read as "releases, but not all of the conditions for 2").
     */
    static Leaf history(Facts f) {
        if (!f.hasEvents()) {
            return Leaf.unknown("LEG.RELHIST", "no events harvested");
        }
        List<Release> releases = f.releases;
        if (releases.isEmpty()) {
            return new Leaf("LEG.RELHIST", 0, "0", "no releases" + notCounted(f.notCounted));
        }
        List<String> stable = releases.stream().map(Release::tag)
                .filter(t -> Version.parse(t).map(Version::stableAtLeastOne).orElse(false)).toList();
        Release first = releases.get(0);
        Release last = releases.get(releases.size() - 1);
        boolean twelveMonths = !first.publishedAt().atZoneSameInstant(ZoneOffset.UTC).plusMonths(12)
                .isAfter(last.publishedAt().atZoneSameInstant(ZoneOffset.UTC));
        int score = !stable.isEmpty() && releases.size() >= 3 && twelveMonths ? 2 : 1;
        String evidence = releases.size() + " releases from " + first.tag() + " (" + first.publishedAt().toLocalDate() + ") to "
                + last.tag() + " (" + last.publishedAt().toLocalDate() + ")"
                + (twelveMonths ? ", over 12 months or more" : ", within less than 12 months")
                + (stable.isEmpty() ? "; no stable ≥ 1.0.0 tag" : "; stable ≥ 1.0.0: " + String.join(", ", stable))
                + notCounted(f.notCounted);
        return new Leaf("LEG.RELHIST", score, Integer.toString(releases.size()), evidence);
    }

    /** ACT.REL: releases published in the last 365 days: 0 → 0, 1–3 → 1, ≥ 4 → 2. */
    static Leaf inYear(Facts f) {
        if (!f.hasEvents()) {
            return Leaf.unknown("ACT.REL", "no events harvested");
        }
        List<Release> year = f.releasesIn(f.year);
        int n = year.size();
        int score = n >= 4 ? 2 : n >= 1 ? 1 : 0;
        return new Leaf("ACT.REL", score, Integer.toString(n), (n == 0 ? "no release in 365 days"
                : "releases in 365 days: " + String.join(", ", year.stream().map(Release::tag).toList()))
                + notCounted(f.notCounted.stream().filter(r -> f.year.contains(r.publishedAt())).toList()));
    }

    /** The tags seen but not counted (pre-releases, non-version tags), so a reader sees what was left out. */
    static String notCounted(List<Release> left) {
        if (left.isEmpty()) {
            return "";
        }
        List<String> tags = left.stream().map(Release::tag).toList();
        int shown = Math.min(tags.size(), 10);
        return "; not counted (pre-releases or not a version): " + String.join(", ", tags.subList(tags.size() - shown, tags.size()))
                + (tags.size() > shown ? " and " + (tags.size() - shown) + " more" : "");
    }
}
