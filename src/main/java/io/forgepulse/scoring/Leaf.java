package io.forgepulse.scoring;

import io.forgepulse.domain.Criterion;

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

    /** The axis: the part of the id before the dot ({@code LEG}, {@code ACT}, ...). */
    String axis() {
        return id.substring(0, id.indexOf('.'));
    }

    Criterion criterion() {
        return new Criterion(id, score == null ? null : score.doubleValue(), value, evidence);
    }
}
