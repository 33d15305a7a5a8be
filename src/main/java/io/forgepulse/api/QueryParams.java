package io.forgepulse.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses query parameters into values, or answers 400 saying what was expected. */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + "=" + value + " is not a date: write it as YYYY-MM-DD");
        }
    }

    /** An inclusive range of days; either end null when open. */
    record DateRange(LocalDate from, LocalDate to) {
    }

    /** Parses {@code from} and {@code to} (YYYY-MM-DD, both optional) and checks their order. */
    static DateRange range(String from, String to) {
        DateRange range = new DateRange(date("from", from), date("to", to));
        if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
            throw ProblemException.badRequest("from (" + range.from() + ") is after to (" + range.to() + ")");
        }
        return range;
    }

    static int days(String name, String period, int max) {
        String p = period == null ? "" : period.trim().toUpperCase(Locale.ROOT);
        if (p.matches("P[0-9]{1,3}D")) {
            int days = Integer.parseInt(p.substring(1, p.length() - 1));
            if (days >= 1 && days <= max) {
                return days;
            }
        }
        throw ProblemException.badRequest(name + "=" + period + " is not a period this API takes: use P7D, P30D or"
                + " any PnD from P1D to P" + max + "D");
    }

    static int limit(Integer value, int max) {
        if (value == null) {
            return max;
        }
        if (value < 1 || value > max) {
            throw ProblemException.badRequest("limit must be between 1 and " + max);
        }
        return value;
    }
}
