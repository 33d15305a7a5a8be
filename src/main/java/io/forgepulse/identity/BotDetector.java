package io.forgepulse.identity;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether an alias is an automated account. People metrics leave bots out, so a false "bot"
 * hides a contributor; the checks therefore use exact names, never substrings ("robert" is not a bot).
 */
final class BotDetector {

    private static final String BOT_SUFFIX = "[bot]";

    private final Set<String> botNames;

    /** @param botNames lower-case names, as {@link IdentityRules} stores them */
    BotDetector(Set<String> botNames) {
        this.botNames = botNames;
    }

    boolean isBot(Alias alias, AliasKeys keys) {
        if (alias.forgeBot()) {
            return true;
        }
        for (String candidate : new String[] {alias.login(), keys.noreplyLogin(), alias.name(),
                keys.email() == null ? null : keys.email().localPart()}) {
            if (namesBot(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * GitHub Apps act as {@code name[bot]} (login, commit name, and the noreply address
     * {@code ID+name[bot]@users.noreply.github.com}); plain names are matched against the list with
     * spaces read as dashes, so the commit name "GitHub Actions" matches {@code github-actions}.
     */
    private boolean namesBot(String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String name = raw.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(BOT_SUFFIX)) {
            return true;
        }
        return botNames.contains(name) || botNames.contains(name.replaceAll("\\s+", "-"));
    }
}
