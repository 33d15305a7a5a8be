package io.forgepulse.scoring;

import io.forgepulse.domain.MaturityLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cumulative OSMM / QualiPSo level (docs/scoring.md §4).
 *
 * <p>Each level's check covers its own gates and those of every lower level; a leaf gated twice keeps the
 * higher minimum (LEG.RELHIST ≥ 2 replaces ≥ 1 from intermediate on). A gate counts {@code min(score, minimum)}
 * points; a level is reached when the points are at least 90 % of the maximum and no gate scores 0 (QualiPSo
 * OMM's 90 % rule). Levels are checked bottom-up and the first failure stops the climb, so a project never
 * holds a level whose lower level it fails. A null gate counts as achieved-for-now (its minimum), so missing
 * data neither fails nor hides a level, but the level is then provisional and the gate is named. A level never
 * rests mostly on missing data, though: at least half of its maximum must come from gates that were measured,
 * or an empty history would be "advanced (provisional)".
 */
final class MaturityLevels {

    /** A leaf's minimum for a level; a leaf id that is not in the catalogue fails when the class loads. */
    record Gate(String leaf, int minimum) {
        Gate {
            MaturityLeaf.of(leaf);
        }
    }

    /**
     * One level's check: points over its cumulative gates.
     *
     * @param zero gates that scored 0 (each fails the level)
     * @param missing gates that were null (counted as achieved-for-now)
     * @param measured the part of the maximum whose gates were not null
     */
    record Check(MaturityLevel level, int points, int maximum, int measured, List<String> zero, List<String> missing,
                 boolean reached) {
    }

    record Decision(MaturityLevel level, List<String> provisionalGates, List<Check> checks) {
    }

    static final Map<MaturityLevel, List<Gate>> GATES = Map.of(
            MaturityLevel.BASIC, List.of(
                    new Gate("GOV.LICENSE", 2), new Gate("ACT.MAINT", 1), new Gate("LEG.RELHIST", 1),
                    new Gate("IND.DOC", 1), new Gate("IND.BUILD", 1), new Gate("IND.QA", 1)),
            MaturityLevel.INTERMEDIATE, List.of(
                    new Gate("LEG.AGE", 1), new Gate("LEG.RELHIST", 2), new Gate("ACT.REL", 1), new Gate("ACT.CONTRIB", 1),
                    new Gate("IND.QA", 2), new Gate("IND.RELNOTES", 1), new Gate("SEC.POLICY", 1), new Gate("DIV.CAF", 1),
                    new Gate("GOV.DOCS", 1)),
            MaturityLevel.ADVANCED, List.of(
                    new Gate("LEG.AGE", 2), new Gate("ACT.MAINT", 2), new Gate("ACT.RESP", 2), new Gate("DIV.CAF", 2),
                    new Gate("DIV.ELEPHANT", 2), new Gate("DIV.REVIEW", 2), new Gate("SEC.POLICY", 2)));

    private static final List<MaturityLevel> CLIMB = List.of(MaturityLevel.BASIC, MaturityLevel.INTERMEDIATE, MaturityLevel.ADVANCED);

    private MaturityLevels() {
    }

    /** The gates of a level and every lower one, each leaf once with its highest minimum, in table order. */
    static List<Gate> cumulative(MaturityLevel level) {
        Map<String, Integer> minimum = new LinkedHashMap<>();
        for (MaturityLevel l : CLIMB) {
            if (l.ordinal() > level.ordinal()) {
                break;
            }
            for (Gate g : GATES.get(l)) {
                minimum.merge(g.leaf(), g.minimum(), Math::max);
            }
        }
        List<Gate> gates = new ArrayList<>();
        minimum.forEach((leaf, min) -> gates.add(new Gate(leaf, min)));
        return gates;
    }

    static Check check(MaturityLevel level, Map<String, Leaf> leaves) {
        int points = 0;
        int maximum = 0;
        int measured = 0;
        List<String> zero = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Gate g : cumulative(level)) {
            maximum += g.minimum();
            Leaf leaf = leaves.get(g.leaf());
            Integer score = leaf == null ? null : leaf.score();
            if (score == null) {
                missing.add(g.leaf());
                points += g.minimum();
            } else {
                measured += g.minimum();
                points += Math.min(score, g.minimum());
                if (score == 0) {
                    zero.add(g.leaf());
                }
            }
        }
        // points ≥ 90 % of maximum, in integers; and at least half of the maximum measured
        boolean reached = 10 * points >= 9 * maximum && zero.isEmpty() && 2 * measured >= maximum;
        return new Check(level, points, maximum, measured, List.copyOf(zero), List.copyOf(missing), reached);
    }

    static Decision decide(List<Leaf> leaves) {
        Map<String, Leaf> byId = new LinkedHashMap<>();
        leaves.forEach(l -> byId.put(l.id(), l));
        MaturityLevel level = MaturityLevel.INITIAL;
        List<String> provisional = List.of();
        List<Check> checks = new ArrayList<>();
        for (MaturityLevel l : CLIMB) {
            Check c = check(l, byId);
            checks.add(c);
            if (!c.reached()) {
                break;
            }
            level = l;
            provisional = c.missing();
        }
        return new Decision(level, provisional, List.copyOf(checks));
    }
}
