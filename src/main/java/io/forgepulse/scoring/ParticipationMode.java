package io.forgepulse.scoring;

import io.forgepulse.domain.ChangeRequest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bazaar or cathedral (docs/scoring.md §5): bazaar when at least 30 % of the year's merged changes come from outside
 * and at least 5 outside people merged something; otherwise cathedral.
 *
 * <p>With forge data, the changes are the year's merged non-bot PRs and "outside" means outside the core team:
 * the smallest set of people making 80 % of the year's non-bot commits (ties by person key). Null when no PR
 * was merged in the year (no change-request data to judge).
 *
 * <p>For plain git the changes are the year's non-bot commits. The core team cannot be used there: it is made
 * of the very same commits, so by construction at most 20 % of them come from outside it and the answer would
 * always be cathedral. "Outside" is instead the same as for the external share: authors outside the owner's
 * domains (see {@link ExternalContributions}). Null when the owner cannot be determined or the year has no commit.
 */
record ParticipationMode(String mode, int changes, int outside, int outsidePeople, String basis) {

    static final String BAZAAR = "bazaar";
    static final String CATHEDRAL = "cathedral";

    static ParticipationMode of(Facts f, ExternalContributions external) {
        if (!f.history.forgeEvents()) {
            if (external.changes() == 0) {
                return new ParticipationMode(null, 0, 0, 0, external.basis());
            }
            return decide(external.changes(), external.external(), external.externalAuthors().size(), external.basis());
        }
        Set<String> core = coreTeam(f);
        int changes = 0;
        int outside = 0;
        Set<String> outsiders = new TreeSet<>();
        for (ChangeRequest cr : f.humanChangeRequests) {
            if (!f.year.contains(cr.mergedAt())) {
                continue;
            }
            changes++;
            String key = f.people.keyOf(cr.author());
            if (key == null || !core.contains(key)) {
                outside++;
                if (key != null) {
                    outsiders.add(key);
                }
            }
        }
        String basis = "merged PRs in 365 days by authors outside the core team " + core;
        if (changes == 0) {
            return new ParticipationMode(null, 0, 0, 0, "no PR merged in 365 days");
        }
        return decide(changes, outside, outsiders.size(), basis);
    }

    private static ParticipationMode decide(int changes, int outside, int people, String basis) {
        boolean bazaar = 10L * outside >= 3L * changes && people >= 5;
        return new ParticipationMode(bazaar ? BAZAAR : CATHEDRAL, changes, outside, people, basis);
    }

    /** The smallest set of people making at least 80 % of the year's non-bot commits, largest first, ties by key. */
    static Set<String> coreTeam(Facts f) {
        Map<String, Long> perPerson = f.commitsPerPerson(f.year);
        long total = perPerson.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> ranked = BusFactor.ranked(perPerson);
        Set<String> core = new HashSet<>();
        long sum = 0;
        for (Map.Entry<String, Long> e : ranked) {
            if (5 * sum >= 4 * total) {
                break;
            }
            core.add(e.getKey());
            sum += e.getValue();
        }
        return new TreeSet<>(core);
    }
}
