package io.forgepulse.scoring;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.MaturityLevel;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ScoreCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Score cards for ranking tests: every maturity leaf at 2 unless overridden ("IND.QA=1 GOV.LICENSE=null"). */
final class Candidates {

    private Candidates() {
    }

    static ScoreCard card(String id, Double activity, String overrides) {
        Map<String, Integer> scores = new HashMap<>();
        if (!overrides.isBlank()) {
            for (String pair : overrides.trim().split("\\s+")) {
                String[] kv = pair.split("=");
                scores.put(kv[0], kv[1].equals("null") ? null : Integer.valueOf(kv[1]));
            }
        }
        List<Criterion> criteria = new ArrayList<>();
        for (String leaf : SelectionProfile.leafIds()) {
            Integer s = scores.containsKey(leaf) ? scores.get(leaf) : Integer.valueOf(2);
            criteria.add(new Criterion(leaf, s == null ? null : s.doubleValue(), s == null ? null : "v" + s,
                    "evidence of " + leaf));
        }
        criteria.add(new Criterion("activity.commit_frequency", 0.5, "3", "commits"));
        return new ScoreCard(ProjectId.parse(id), Instant.parse("2026-06-30T00:00:00Z"), ScoreCardCalculator.RULESET,
                new AxisScore(activity, activity == null ? 0 : 1), new AxisScore(50.0, 1), new AxisScore(100.0, 1),
                MaturityLevel.BASIC, List.of(), criteria, Map.of(), null, null, null);
    }

    static SelectionProfile profile(String... lines) {
        return SelectionProfile.parse("test", "test.properties", List.of(lines));
    }
}
