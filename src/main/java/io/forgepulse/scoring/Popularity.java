package io.forgepulse.scoring;

/** LEG.POP: stars &lt; 50 → 0, 50–999 → 1, ≥ 1000 → 2; forks are reported, not scored. Needs forge data. */
final class Popularity {

    private Popularity() {
    }

    static Leaf of(Facts f) {
        if (!f.history.forgeEvents() || f.snapshot == null || f.snapshot.stars() == null) {
            return Leaf.unknown("LEG.POP", "stars need forge data");
        }
        int stars = f.snapshot.stars();
        int score = stars >= 1000 ? 2 : stars >= 50 ? 1 : 0;
        return new Leaf("LEG.POP", score, Integer.toString(stars),
                stars + " stars, " + (f.snapshot.forks() == null ? "unknown" : f.snapshot.forks()) + " forks");
    }
}
