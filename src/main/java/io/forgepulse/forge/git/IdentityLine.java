package io.forgepulse.forge.git;

import io.forgepulse.domain.Signature;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parses the value of a raw {@code author}/{@code committer} header: {@code Name <email> 1577853000 +0530}.
 * Old repositories hold malformed lines (no e-mail, no date, offsets beyond ±18:00); those are read as far as
 * they go instead of failing the whole harvest: a missing date becomes the epoch, an impossible offset UTC.
 */
final class IdentityLine {

    private IdentityLine() {
    }

    static Signature parse(String value) {
        int open = value.indexOf('<');
        int close = open < 0 ? -1 : value.indexOf('>', open + 1);
        if (open < 0 || close < 0) {
            return new Signature(value.strip(), "", OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
        }
        String name = value.substring(0, open).strip();
        String email = value.substring(open + 1, close).strip();
        return new Signature(name, email, when(value.substring(close + 1).strip()));
    }

    private static OffsetDateTime when(String dateAndZone) {
        int space = dateAndZone.indexOf(' ');
        String seconds = space < 0 ? dateAndZone : dateAndZone.substring(0, space);
        String zone = space < 0 ? "" : dateAndZone.substring(space + 1).strip();
        Instant instant;
        try {
            instant = Instant.ofEpochSecond(Long.parseLong(seconds));
        } catch (NumberFormatException | DateTimeException e) {
            instant = Instant.EPOCH;
        }
        return OffsetDateTime.ofInstant(instant, offset(zone));
    }

    private static ZoneOffset offset(String zone) {
        if (zone.length() != 5 || (zone.charAt(0) != '+' && zone.charAt(0) != '-')) {
            return ZoneOffset.UTC;
        }
        try {
            int hours = Integer.parseInt(zone.substring(1, 3));
            int minutes = Integer.parseInt(zone.substring(3, 5));
            int sign = zone.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (NumberFormatException | DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
