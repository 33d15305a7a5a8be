package io.forgepulse.scoring;

import io.forgepulse.domain.Release;

import java.util.List;

/**
 * SEC.SIGNED: signed tags or signature/checksum assets ({@link Release#signed()}) on the last 5 releases:
 * none signed (or no release at all) → 0; some → 1; all of the last min(5, n) → 2.
 */
final class SignedReleases {

    private SignedReleases() {
    }

    static Leaf of(Facts f) {
        if (!f.hasEvents()) {
            return Leaf.unknown("SEC.SIGNED", "no events harvested");
        }
        List<Release> last = f.lastReleases(5);
        if (last.isEmpty()) {
            return new Leaf("SEC.SIGNED", 0, "no releases", "no release to verify");
        }
        List<String> signed = last.stream().filter(Release::signed).map(Release::tag).toList();
        int n = last.size();
        int k = signed.size();
        int score = k == n ? 2 : k > 0 ? 1 : 0;
        return new Leaf("SEC.SIGNED", score, k + "/" + n,
                k + " of the last " + n + " releases signed" + (k == 0 ? "" : ": " + String.join(", ", signed)));
    }
}
