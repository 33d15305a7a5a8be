package io.forgepulse.store;

import java.time.LocalDate;

/** The headline scores of one stored card, for score history series. */
public record ScorePoint(LocalDate day, Double activity, Double diversity, Double maturity) {
}
