package io.forgepulse.scoring;

import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.ScoreCard;
import java.util.List;

/**
 * One maturity leaf on the QSOS scale: 0, 1 or 2, or null when the data it needs does not exist.
 *
 * @param value the raw measured value as text
 * @param evidence what the value was read from, for a person to check
 */
record Leaf(String id, Integer score, String value, String evidence) {

    static Leaf unknown(String id, String why) {
        return new Leaf(id, null, null, why);
    }

    /**
     * The maturity leaves of a stored score card in tree order (a stored card may keep its criteria in any order; the
     * others are activity signals and diversity metrics).
     */
    static List<Leaf> of(ScoreCard card) {
        return MaturityScore.LEAVES.stream().flatMap(id -> card.criterion(id).stream())
                .map(c -> new Leaf(c.id(), c.leafScore(), c.value(), c.evidence()))
                .toList();
    }

    /** The same leaf at another score, for "what if" questions. */
    Leaf withScore(Integer newScore) {
        return new Leaf(id, newScore, value, evidence);
    }

    /** The axis: the part of the id before the dot ({@code LEG}, {@code ACT}, ...). */
    String axis() {
        return id.substring(0, id.indexOf('.'));
    }

    Criterion criterion() {
        return new Criterion(id, score == null ? null : score.doubleValue(), value, evidence);
    }
}
