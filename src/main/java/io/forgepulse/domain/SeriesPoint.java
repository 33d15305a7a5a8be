package io.forgepulse.domain;

import java.time.LocalDate;

/** One bucket of a time series: its first day (UTC) and its value. */
public record SeriesPoint(LocalDate start, double value) {
}
