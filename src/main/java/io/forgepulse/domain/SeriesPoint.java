package io.forgepulse.domain;

import java.time.LocalDate;

/** One bucket of a time series: its first day (UTC) and its value; null for a median over nothing. */
public record SeriesPoint(LocalDate start, Double value) {
}
