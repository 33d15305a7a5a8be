package io.forgepulse.scoring;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.ScoreCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a maintainer should fix first: the leaves below 2, and the unscored leaves the maintainer controls, ordered
 * by the maturity points (under a profile's weights) each would add if raised to 2, with what to do about it.
 */
public final class MaintainerAdvice {

    /** Unscored leaves a maintainer can make scorable with files or release practice; the rest need forge data. */
    private static final Set<String> FILLABLE = Set.of("LEG.RELHIST", "ACT.REL", "GOV.LICENSE", "GOV.DOCS",
            "GOV.PROVENANCE", "IND.DOC", "IND.QA", "IND.BUILD", "IND.CONTRIB", "IND.RELNOTES", "SEC.POLICY",
            "SEC.DEPS", "SEC.SIGNED");

    private MaintainerAdvice() {
    }

    /**
     * One thing to fix.
     *
     * @param score the leaf's score now, or null when it has none
     * @param gain the maturity points (0–100 scale, profile-weighted) the project would gain with this leaf at 2
     * @param action what to do, as a sentence
     */
    public record Step(String leaf, Integer score, Relevance relevance, double gain, String action) {
    }

    /** The steps, biggest gain first, then in tree order; leaves the profile ignores are left out. */
    public static List<Step> advise(ScoreCard card, SelectionProfile profile) {
        List<Leaf> leaves = Leaf.of(card);
        double now = points(MaturityScore.score(leaves, profile.leafWeights(), profile.axisWeights()));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            Relevance r = profile.of(leaf.id());
            boolean below = leaf.score() != null && leaf.score() < 2;
            boolean fillable = leaf.score() == null && FILLABLE.contains(leaf.id());
            if (r == Relevance.IGNORE || !(below || fillable)) {
                continue;
            }
            List<Leaf> raised = new ArrayList<>(leaves);
            raised.set(i, leaf.withScore(2));
            double gain = points(MaturityScore.score(raised, profile.leafWeights(), profile.axisWeights())) - now;
            steps.add(new Step(leaf.id(), leaf.score(), r, Math.round(gain * 100) / 100.0, MaturityLeaf.of(leaf.id()).advice()));
        }
        // A stable sort keeps tree order among equal gains.
        steps.sort(Comparator.comparingDouble(Step::gain).reversed());
        return steps;
    }

    private static double points(AxisScore score) {
        return score.score() == null ? 0 : score.score();
    }
}
