package io.forgepulse.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GitHub's private commit addresses, {@code login@users.noreply.github.com} and {@code ID+login@...}, name a login. */
final class NoreplyAddress {

    private static final Pattern GITHUB = Pattern.compile("^(?:\\d+\\+)?([^@+]+)@users\\.noreply\\.github\\.com$");

    private NoreplyAddress() {
    }

    static Optional<String> login(String email) {
        if (email == null) {
            return Optional.empty();
        }
        Matcher m = GITHUB.matcher(email.trim().toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
