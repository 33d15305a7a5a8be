package io.forgepulse.store;

import java.time.LocalDate;

/**
 * The headline scores of one stored card, for score history series.
 *
 * @param historical computed for the end of the month {@code day} closes, rather than on that day
 */
public record ScorePoint(LocalDate day, boolean historical, Double activity, Double diversity, Double maturity) {
}
