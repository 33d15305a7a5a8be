package io.forgepulse.api;

import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.scoring.MaintainerAdvice;
import io.forgepulse.scoring.MaturityLeaf;
import io.forgepulse.scoring.SelectionProfile;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The JSON contract of {@code GET .../advice}: what to fix first.
 *
 * @param steps biggest maturity gain first
 */
public record AdviceView(String project, Instant computedAt, String profile, Double maturity, List<Step> steps) {

    /**
     * @param score 0, 1 or null (not measurable yet)
     * @param gain maturity points (0–100, profile-weighted) gained with this leaf at 2
     * @param value what was measured, with its evidence
     * @param name the leaf's human name
     */
    public record Step(String leaf, String name, Integer score, String relevance, double gain, String action, String value,
            String evidence) {
    }

    static AdviceView of(ScoreCard card, SelectionProfile profile) {
        List<Step> steps = MaintainerAdvice.advise(card, profile).stream().map(s -> {
            Criterion c = card.criterion(s.leaf()).orElseThrow();
            return new Step(s.leaf(), MaturityLeaf.of(s.leaf()).humanName(), s.score(), s.relevance().name().toLowerCase(Locale.ROOT), s.gain(), s.action(),
                    c.value(), c.evidence());
        }).toList();
        return new AdviceView(card.project().value(), card.computedAt(), profile.name(), card.maturity().score(),
                steps);
    }
}
