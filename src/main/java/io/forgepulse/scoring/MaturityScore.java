package io.forgepulse.scoring;

import io.forgepulse.domain.AxisScore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The QSOS-style maturity tree: six axes (legacy, activity, diversity, governance, industrialization,
 * security) of 0/1/2 leaves. Axis score = weighted mean of its non-null leaves; maturity = weighted mean of the
 * axes that have one, × 50 → 0–100. Coverage = the share of the weight with a non-null leaf, where a leaf's
 * weight is its axis' weight split over the axis' leaves by leaf weight (so coverage and score agree on what a
 * leaf is worth). Every weight is 1 in the default ruleset; selection profiles (docs/scoring.md §8) pass others.
 */
final class MaturityScore {

    /** Every leaf, in the order of docs/scoring.md §4 (the catalogue's). */
    static final List<String> LEAVES = MaturityLeaf.ids();

    private MaturityScore() {
    }

    /** Every leaf of the tree, in {@link #LEAVES} order. */
    static List<Leaf> leaves(Facts f, BusFactor bus, ElephantFactor elephant, ExternalContributions external) {
        return List.of(
                ProjectAge.of(f), ReleaseHistory.history(f), CoreTeam.of(f), Popularity.of(f),
                Maintained.of(f), ContributorBase.of(f), IssueResponse.of(f), ChangeRequestClosing.of(f), ReleaseHistory.inYear(f),
                bus.leaf(), elephant.leaf(), ReviewCoverage.of(f),
                LicenseClarity.of(f), Ownership.of(f), GovernanceDocs.of(f), Provenance.of(f),
                Documentation.of(f), QualityAssurance.of(f), BuildSetup.of(f), ContributionPath.of(f, external), ReleaseNotes.of(f),
                SecurityPolicy.of(f), DependencyUpdates.of(f), SignedReleases.of(f));
    }

    /** The ruleset's score: every leaf and axis weighs 1. */
    static AxisScore score(List<Leaf> leaves) {
        return score(leaves, Map.of(), Map.of());
    }

    /**
     * @param leafWeights weight per leaf id, default 1 (0 ignores the leaf)
     * @param axisWeights weight per axis prefix, default 1
     */
    static AxisScore score(List<Leaf> leaves, Map<String, Double> leafWeights, Map<String, Double> axisWeights) {
        Map<String, double[]> axes = new LinkedHashMap<>(); // axis -> {Σ w·s non-null, Σ w non-null, Σ w all}
        for (Leaf leaf : leaves) {
            double w = leafWeights.getOrDefault(leaf.id(), 1.0);
            double[] a = axes.computeIfAbsent(leaf.axis(), k -> new double[3]);
            a[2] += w;
            if (leaf.score() != null) {
                a[0] += w * leaf.score();
                a[1] += w;
            }
        }
        double weighted = 0;
        double scoredAxes = 0;
        double covered = 0;
        double allAxes = 0;
        for (Map.Entry<String, double[]> e : axes.entrySet()) {
            double[] a = e.getValue();
            double axisWeight = axisWeights.getOrDefault(e.getKey(), 1.0);
            if (a[2] == 0 || axisWeight == 0) {
                continue;
            }
            allAxes += axisWeight;
            covered += axisWeight * a[1] / a[2];
            if (a[1] > 0) {
                weighted += axisWeight * a[0] / a[1];
                scoredAxes += axisWeight;
            }
        }
        if (scoredAxes == 0) {
            return new AxisScore(null, 0);
        }
        return new AxisScore(50 * weighted / scoredAxes, covered / allAxes);
    }
}
