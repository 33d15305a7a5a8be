package io.forgepulse.scoring;

import java.util.List;
import java.util.Map;

/**
 * LEG.CORE: the people with at least 5 % of the year's non-bot commits: ≤ 2 → 0, 3–7 → 1, ≥ 8 → 2.
 * Null only without any commit; commits but none in the year give 0 people.
 */
final class CoreTeam {

    private CoreTeam() {
    }

    static Leaf of(Facts f) {
        if (!f.hasCommits()) {
            return Leaf.unknown("LEG.CORE", "no commits");
        }
        Map<String, Long> perPerson = f.commitsPerPerson(f.year);
        long total = perPerson.values().stream().mapToLong(Long::longValue).sum();
        // 20·c ≥ total is "c ≥ 5 % of total" without rounding
        List<Map.Entry<String, Long>> core = BusFactor.ranked(perPerson).stream().filter(e -> 20 * e.getValue() >= total).toList();
        int n = core.size();
        int score = n >= 8 ? 2 : n >= 3 ? 1 : 0;
        return new Leaf("LEG.CORE", score, Integer.toString(n), n + " people with ≥ 5 % of " + total
                + " non-bot commits in 365 days" + (n == 0 ? "" : ": " + core.stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
    }
}
