package io.forgepulse.scoring;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.ScoreCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * QSOS "select" (docs/scoring.md §8): ranks candidate projects' score cards under a selection profile. Loose selection
 * ranks every candidate by its profile-weighted maturity and lists its gaps; strict selection excludes a candidate
 * with a gap, and ranks a candidate with an unscored critical leaf after the verified ones. Ties break on critical
 * leaves at 2, then coverage, then activity, then the project id (docs/scoring.md, "Comparing candidates").
 */
public final class CandidateRanking {

    private CandidateRanking() {
    }

    /**
     * A leaf below its strict threshold: a relevant leaf at 0 or a critical leaf below 2.
     *
     * @param needed the score strict selection asks for
     */
    public record Gap(String leaf, Relevance relevance, int score, int needed) {
    }

    /**
     * One candidate as the profile sees it.
     *
     * @param weighted the maturity score and coverage under the profile's weights
     * @param criticalAtTwo how many critical leaves score 2
     * @param gaps the leaves below their strict threshold, in tree order
     * @param unverified the critical leaves without a score, in tree order
     */
    public record Candidate(ScoreCard card, AxisScore weighted, int criticalAtTwo, List<Gap> gaps,
            List<String> unverified) {

        public Candidate {
            gaps = List.copyOf(gaps);
            unverified = List.copyOf(unverified);
        }
    }

    /**
     * @param ranked best first
     * @param excluded candidates strict selection dropped (their gaps say why), in the order they would have ranked;
     *     always empty in loose selection
     */
    public record Result(SelectionProfile profile, Selection selection, List<Candidate> ranked,
            List<Candidate> excluded) {

        public Result {
            ranked = List.copyOf(ranked);
            excluded = List.copyOf(excluded);
        }
    }

    public static Result rank(List<ScoreCard> cards, SelectionProfile profile, Selection selection) {
        Objects.requireNonNull(profile, "a selection profile is required");
        Objects.requireNonNull(selection, "a selection mode is required");
        List<Candidate> all = new ArrayList<>();
        for (ScoreCard card : cards) {
            all.add(qualify(card, profile));
        }
        all.sort(order(selection));
        List<Candidate> ranked = new ArrayList<>();
        List<Candidate> excluded = new ArrayList<>();
        for (Candidate c : all) {
            (selection == Selection.STRICT && !c.gaps().isEmpty() ? excluded : ranked).add(c);
        }
        return new Result(profile, selection, ranked, excluded);
    }

    /** The candidate's weighted score, gaps and unverified leaves under the profile. */
    static Candidate qualify(ScoreCard card, SelectionProfile profile) {
        List<Leaf> leaves = Leaf.of(card);
        AxisScore weighted = MaturityScore.score(leaves, profile.leafWeights(), profile.axisWeights());
        int criticalAtTwo = 0;
        List<Gap> gaps = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        for (Leaf leaf : leaves) {
            Relevance r = profile.of(leaf.id());
            if (r == Relevance.IGNORE) {
                continue;
            }
            if (leaf.score() == null) {
                if (r == Relevance.CRITICAL) {
                    unverified.add(leaf.id());
                }
            } else if (leaf.score() < r.strictMinimum()) {
                gaps.add(new Gap(leaf.id(), r, leaf.score(), r.strictMinimum()));
            } else if (r == Relevance.CRITICAL && leaf.score() == 2) {
                criticalAtTwo++;
            }
        }
        return new Candidate(card, weighted, criticalAtTwo, gaps, unverified);
    }

    private static Comparator<Candidate> order(Selection selection) {
        // Scores are compared as published (2 decimals) and coverage to 4, so float noise never decides a rank.
        Comparator<Candidate> byScore = Comparator.comparing(
                (Candidate c) -> rounded(c.weighted().score(), 100), Comparator.nullsLast(Comparator.reverseOrder()));
        Comparator<Candidate> rest = byScore
                .thenComparing(Candidate::criticalAtTwo, Comparator.reverseOrder())
                .thenComparing(c -> rounded(c.weighted().coverage(), 10_000), Comparator.reverseOrder())
                .thenComparing(c -> rounded(c.card().activity().score(), 100),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(c -> c.card().project().value());
        if (selection == Selection.STRICT) {
            return Comparator.comparing((Candidate c) -> !c.unverified().isEmpty()).thenComparing(rest);
        }
        return rest;
    }

    private static Double rounded(Double value, int scale) {
        return value == null ? null : Math.round(value * scale) / (double) scale;
    }
}
