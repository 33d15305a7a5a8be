package io.forgepulse.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses query parameters into values, or answers 400 saying what was expected. */
final class QueryParams {

    private QueryParams() {
    }

    /** The earliest day the API serves: nothing a forge or git records is older. */
    static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    /** How far past today a day may lie, so a range ending "next year" works but year 999999999 is refused. */
    static final int YEARS_AHEAD = 10;

    static LocalDate date(String name, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + "=" + value + " is not a date: write it as YYYY-MM-DD");
        }
        LocalDate latest = today.plusYears(YEARS_AHEAD);
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            throw ProblemException.badRequest(name + "=" + value + " is out of range: use a day from " + EARLIEST
                    + " to " + latest);
        }
        return date;
    }

    /** An inclusive range of days; either end null when open. */
    record DateRange(LocalDate from, LocalDate to) {
    }

    /** Parses {@code from} and {@code to} (YYYY-MM-DD, both optional, within a sane range) and checks their order. */
    static DateRange range(String from, String to, LocalDate today) {
        DateRange range = new DateRange(date("from", from, today), date("to", to, today));
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

    /** {@code max} when absent; a number from 1 to max otherwise (taken as text, so "abc" is a 400, not a 404). */
    static int limit(String value, int max) {
        if (value == null || value.isBlank()) {
            return max;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // Answered below with the same sentence as an out-of-range number.
        }
        throw ProblemException.badRequest("limit=" + value + " is not a number from 1 to " + max);
    }

    /** A whole number from {@code min} to {@code max}, {@code absent} when not given; otherwise a 400. */
    static int number(String name, String value, int min, int max, int absent) {
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Answered below with the same sentence as an out-of-range number.
        }
        throw ProblemException.badRequest(name + "=" + value + " is not a number from " + min + " to " + max);
    }
}
