package io.forgepulse.identity;

import java.util.Locale;
import java.util.Set;

/** Tells bots from people: a {@code [bot]} login or name, a forge Bot account, or a name on the configured list. */
final class BotDetector {

    private final Set<String> botNames;

    BotDetector(Set<String> botNames) {
        this.botNames = botNames;
    }

    boolean isBot(Alias alias) {
        if (alias.forgeBot()) {
            return true;
        }
        for (String candidate : new String[] {alias.login(), alias.name(), localPart(alias.email()),
                NoreplyAddress.login(alias.email()).orElse(null)}) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            String c = candidate.trim().toLowerCase(Locale.ROOT);
            if (c.endsWith("[bot]") || botNames.contains(c) || botNames.contains(c.replace("[bot]", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }
}
