package io.forgepulse.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * CHAOSS "contributor absence factor" (the bus factor): the fewest people who together made more than
 * half of the year's non-bot commits. Ties in commit counts never change the number, so no tie rule is
 * needed. It is null only when the history holds no human commit at all (no data); a project with
 * commits but none in the year has factor 0: nobody carries it any more.
 *
 * @param top the people of that smallest set, largest first (ties by person key)
 */
record BusFactor(Integer value, long commits, List<Map.Entry<String, Long>> top) {

    static BusFactor of(Facts f) {
        if (!f.hasCommits()) {
            return new BusFactor(null, 0, List.of());
        }
        Map<String, Long> perPerson = f.commitsPerPerson(f.year);
        long total = perPerson.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> ranked = ranked(perPerson);
        int k = fewestOverHalf(perPerson.values());
        return new BusFactor(k, total, List.copyOf(ranked.subList(0, k)));
    }

    /** Counts sorted largest first, ties by key, so every listing is reproducible. */
    static List<Map.Entry<String, Long>> ranked(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return ranked;
    }

    /** The smallest k whose k largest counts sum to more than half the total; 0 for no counts. */
    static int fewestOverHalf(Collection<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<Long> sorted = counts.stream().sorted(Comparator.reverseOrder()).toList();
        long sum = 0;
        int k = 0;
        for (long c : sorted) {
            if (2 * sum > total) {
                break;
            }
            sum += c;
            k++;
        }
        return 2 * sum > total ? k : 0;
    }

    /** docs/scoring.md §3, contributor dependency: 1 → 0, 2 → 1, 3–4 → 2, 5–6 → 3, 7–9 → 4, ≥ 10 → 5. */
    Integer points() {
        if (value == null) {
            return null;
        }
        int v = value;
        return v >= 10 ? 5 : v >= 7 ? 4 : v >= 5 ? 3 : v >= 3 ? 2 : v >= 2 ? 1 : 0;
    }

    /** DIV.CAF: 1 → 0, 2–3 → 1, ≥ 4 → 2. */
    Leaf leaf() {
        if (value == null) {
            return Leaf.unknown("DIV.CAF", "no commits");
        }
        int score = value >= 4 ? 2 : value >= 2 ? 1 : 0;
        return new Leaf("DIV.CAF", score, Integer.toString(value), evidence());
    }

    String evidence() {
        if (value == null) {
            return "no commits";
        }
        return value + " of the people behind " + commits + " non-bot commits in 365 days made more than half: "
                + top.stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }
}
