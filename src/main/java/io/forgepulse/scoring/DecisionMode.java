package io.forgepulse.scoring;

import io.forgepulse.domain.ChangeRequest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who decides what goes in (docs/scoring.md §5): founder-led when one person made ≥ 70 % of the year's changes;
 * meritocratic when at least 3 people made changes and none more than 50 %; else mixed.
 *
 * <p>A change is a merged PR credited to the person who merged it, when the forge says who merged. Without
 * that (plain git, or a forge project that merged nothing with a known, non-bot merger in the year) a change
 * is a commit credited to its author. Null when the year has no change at all.
 */
record DecisionMode(String mode, int changes, int people, long top, String basis) {

    static final String FOUNDER_LED = "founder-led";
    static final String MERITOCRATIC = "meritocratic";
    static final String MIXED = "mixed";

    static DecisionMode of(Facts f) {
        Map<String, Long> perPerson = new TreeMap<>();
        String basis = "merged PRs in 365 days per merger";
        if (f.history.forgeEvents()) {
            for (ChangeRequest cr : f.history.changeRequests()) {
                if (f.year.contains(cr.mergedAt()) && cr.mergedBy() != null) {
                    String key = f.people.humanKey(cr.mergedBy(), false);
                    if (key != null) {
                        perPerson.merge(key, 1L, Long::sum);
                    }
                }
            }
        }
        if (perPerson.isEmpty()) {
            perPerson = f.commitsPerPerson(f.year);
            basis = "non-bot commits in 365 days per author";
        }
        long total = perPerson.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return new DecisionMode(null, 0, 0, 0, "no change in 365 days");
        }
        List<Map.Entry<String, Long>> ranked = BusFactor.ranked(perPerson);
        long top = ranked.get(0).getValue();
        int people = ranked.size();
        String mode;
        if (10 * top >= 7 * total) {
            mode = FOUNDER_LED;
        } else if (people >= 3 && 2 * top <= total) {
            mode = MERITOCRATIC;
        } else {
            mode = MIXED;
        }
        return new DecisionMode(mode, (int) total, people, top, basis);
    }
}
