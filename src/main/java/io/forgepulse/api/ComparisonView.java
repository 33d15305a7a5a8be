package io.forgepulse.api;

import io.forgepulse.domain.ScoreCard;
import io.forgepulse.scoring.CandidateRanking;
import io.forgepulse.scoring.MaturityLeaf;
import io.forgepulse.scoring.SelectionProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON contract of {@code GET /api/v1/compare}: every candidate with its scores, level, coverage, gaps and every
 * leaf, so a person can check the ranking; and the candidates that could not be ranked, with why.
 *
 * @param ranked best first
 * @param excluded candidates strict selection dropped; their {@code gaps} say why
 * @param pending tracked candidates without a score card yet
 * @param untracked candidates that are not tracked, with what to do
 */
public record ComparisonView(String profile, String profileDescription, String selection, List<Candidate> ranked,
        List<Candidate> excluded, List<Waiting> pending, List<Waiting> untracked) {

    /**
     * One candidate.
     *
     * @param rank 1 for the best; null when excluded
     * @param maturity the ruleset's maturity score (as in {@code .../scores})
     * @param profileMaturity the maturity weighted by the profile: the ranking key
     * @param coverage the share of the profile's weight with a scored leaf
     * @param criticalAtTwo critical leaves scoring 2 (the first tie-break)
     * @param unverified critical leaves without a score
     */
    public record Candidate(Integer rank, String project, Instant computedAt, String ruleset, Double activity,
            Double diversity, Double maturity, Double profileMaturity, String level, double coverage,
            int criticalAtTwo, List<Gap> gaps, List<String> unverified, List<Leaf> criteria) {
    }

    /** A leaf below what strict selection asks for. */
    public record Gap(String leaf, String relevance, int score, int needed) {
    }

    /** A maturity leaf (with its human name) and the relevance the profile gives it. */
    public record Leaf(String id, String name, String relevance, Integer score, String value, String evidence) {
    }

    /** A candidate that could not be ranked yet, and why. */
    public record Waiting(String project, String reason) {
    }

    static ComparisonView of(CandidateRanking.Result result, List<Waiting> pending, List<Waiting> untracked) {
        List<Candidate> ranked = new ArrayList<>();
        for (CandidateRanking.Candidate c : result.ranked()) {
            ranked.add(candidate(ranked.size() + 1, c, result.profile()));
        }
        List<Candidate> excluded = result.excluded().stream().map(c -> candidate(null, c, result.profile())).toList();
        return new ComparisonView(result.profile().name(), result.profile().description(),
                result.selection().name().toLowerCase(Locale.ROOT), ranked, excluded, pending, untracked);
    }

    private static Candidate candidate(Integer rank, CandidateRanking.Candidate c, SelectionProfile profile) {
        ScoreCard card = c.card();
        List<Leaf> leaves = new ArrayList<>();
        for (String id : SelectionProfile.leafIds()) { // tree order, as docs/scoring.md §4 lists them
            card.criterion(id).ifPresent(k -> leaves.add(new Leaf(id, MaturityLeaf.of(id).humanName(), lower(profile.of(id)), k.leafScore(), k.value(),
                    k.evidence())));
        }
        return new Candidate(rank, card.project().value(), card.computedAt(), card.ruleset(), card.activity().score(),
                card.diversity().score(), card.maturity().score(), c.weighted().score(), lower(card.level()),
                c.weighted().coverage(), c.criticalAtTwo(),
                c.gaps().stream().map(g -> new Gap(g.leaf(), lower(g.relevance()), g.score(), g.needed())).toList(),
                c.unverified(), leaves);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
