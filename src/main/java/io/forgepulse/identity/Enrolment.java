package io.forgepulse.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A person's affiliation over a span of days, as SortingHat's enrolments model it: the organization a person
 * worked for from one day to another, both ends included, either end open.
 *
 * @param from the first day (UTC), or null for "since always"
 * @param to the last day (UTC), or null for "until now"
 */
public record Enrolment(String organization, LocalDate from, LocalDate to) {

    public Enrolment {
        if (organization == null || organization.isBlank()) {
            throw new IllegalArgumentException("an enrolment needs an organization");
        }
        organization = organization.strip().replaceAll("\\s+", " ");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("enrolment in " + organization + " ends (" + to + ") before it starts (" + from + ")");
        }
    }

    boolean covers(Instant when) {
        LocalDate day = LocalDate.ofInstant(when, ZoneOffset.UTC);
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
