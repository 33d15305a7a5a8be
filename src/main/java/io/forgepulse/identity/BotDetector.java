package io.forgepulse.identity;

import java.util.Locale;
import java.util.Set;

/**
 * The one rule that tells whether an account is automated; people metrics, scores and first responses all ask
 * it. A false "bot" hides a contributor, so the checks use whole names and name shapes, never substrings
 * ("robert" and "Abbott" are people):
 * <ul>
 * <li>the forge says the account is of type Bot;</li>
 * <li>a login, name or address local part ends in {@code [bot]} (GitHub Apps), {@code -bot} or {@code -robot};</li>
 * <li>a name's last word is "bot" or "robot" ("StepSecurity Bot");</li>
 * <li>a name, login or local part is in the configured bot names, spaces read as dashes ("GitHub Actions").</li>
 * </ul>
 */
public final class BotDetector {

    private final Set<String> botNames;

    /** @param botNames lower-case names, as {@link IdentityRules} stores them */
    BotDetector(Set<String> botNames) {
        this.botNames = botNames;
    }

    boolean isBot(Alias alias, AliasKeys keys) {
        return alias.forgeBot() || isBot(alias.login(), alias.name(), keys.email() == null ? null : keys.email().localPart())
                || namesBot(keys.noreplyLogin());
    }

    /** Whether an event author known only by login (issues, comments, reviews) is a bot. */
    public boolean isBotLogin(String login, boolean forgeFlag) {
        return forgeFlag || namesBot(login);
    }

    private boolean isBot(String login, String name, String localPart) {
        return namesBot(login) || namesBot(name) || namesBot(localPart);
    }

    private boolean namesBot(String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String name = raw.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith("[bot]") || name.endsWith("-bot") || name.endsWith("-robot")) {
            return true;
        }
        String dashed = name.replaceAll("\\s+", "-");
        if (dashed.endsWith("-bot") || dashed.endsWith("-robot")) {
            return true; // "StepSecurity Bot", "Release Robot": the last word says what it is
        }
        return botNames.contains(name) || botNames.contains(dashed);
    }
}
