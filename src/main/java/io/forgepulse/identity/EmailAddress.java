package io.forgepulse.identity;

import java.util.Locale;

/**
 * An e-mail address in the one form used for comparing: trimmed and lower-cased. Git does not validate
 * addresses, so the local part and domain may be missing; they are then null, never an exception.
 */
record EmailAddress(String value, String localPart, String domain) {

    /** Returns null for a null or blank address, which identifies nobody and must not merge anyone. */
    static EmailAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        int at = value.lastIndexOf('@');
        if (at < 0) {
            return new EmailAddress(value, value, null);
        }
        String domain = value.substring(at + 1);
        // "host." and "host" name the same domain; keep one spelling so maps match.
        while (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return new EmailAddress(value, value.substring(0, at), domain.isEmpty() ? null : domain);
    }
}
