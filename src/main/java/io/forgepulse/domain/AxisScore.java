package io.forgepulse.domain;

/**
 * One of the three headline scores.
 *
 * @param score 0–100, or null when no input had data
 * @param coverage the share (0–1) of the weight that had data
 */
public record AxisScore(Double score, double coverage) {

    public static final AxisScore NONE = new AxisScore(null, 0);
}
