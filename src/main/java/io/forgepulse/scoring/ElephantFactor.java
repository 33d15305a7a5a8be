package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CHAOSS elephant factor: the fewest organizations that together made more than half of the year's
 * non-bot commits with a known organization (the author's organization on the commit's date). Unaffiliated
 * commits (public mail, personal and foundation domains, unknown) are left out, and the
 * factor is null when fewer than half of the commits have a known organization: a factor read off a
 * minority of the work would say more about the affiliation data than about the project.
 */
record ElephantFactor(Integer value, long known, long commits, List<Map.Entry<String, Long>> top, String reason) {

    static ElephantFactor of(Facts f) {
        if (!f.hasCommits()) {
            return new ElephantFactor(null, 0, 0, List.of(), "no commits");
        }
        Map<String, Long> perOrganization = new TreeMap<>();
        long total = 0;
        for (AttributedCommit c : f.humanCommitsIn(f.year)) {
            total++;
            String org = c.organization();
            if (org != null) {
                perOrganization.merge(org, 1L, Long::sum);
            }
        }
        long known = perOrganization.values().stream().mapToLong(Long::longValue).sum();
        if (2 * known < total) {
            return new ElephantFactor(null, known, total, List.of(),
                    "only " + known + " of " + total + " non-bot commits in 365 days have a known organization");
        }
        int k = BusFactor.fewestOverHalf(perOrganization.values());
        List<Map.Entry<String, Long>> ranked = BusFactor.ranked(perOrganization);
        return new ElephantFactor(k, known, total, List.copyOf(ranked.subList(0, k)), null);
    }

    /** docs/scoring.md §3, organization dependency: 1 → 0, 2 → 1, 3 → 2, 4–5 → 3, 6–7 → 4, ≥ 8 → 5. */
    Integer points() {
        if (value == null) {
            return null;
        }
        int v = value;
        return v >= 8 ? 5 : v >= 6 ? 4 : v >= 4 ? 3 : v >= 3 ? 2 : v >= 2 ? 1 : 0;
    }

    /** DIV.ELEPHANT: 1 → 0, 2 → 1, ≥ 3 → 2. */
    Leaf leaf() {
        if (value == null) {
            return Leaf.unknown("DIV.ELEPHANT", reason);
        }
        int score = value >= 3 ? 2 : value >= 2 ? 1 : 0;
        return new Leaf("DIV.ELEPHANT", score, Integer.toString(value), evidence());
    }

    String evidence() {
        if (value == null) {
            return reason;
        }
        return value + " of the organizations behind " + known + " of " + commits
                + " non-bot commits in 365 days made more than half: "
                + top.stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }
}
