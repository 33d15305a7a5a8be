package io.forgepulse.scoring;

import io.forgepulse.domain.Person;

import java.util.Locale;

/** The one rule for whether a merged person is a bot, shared by the scores and the series read from the store. */
public final class Bots {

    private Bots() {
    }

    /** A bot: flagged by identity, a login ending in {@code [bot]}, or a name or login in the configured list. */
    public static boolean isBot(Person p, ScoringRules rules) {
        if (p == null) {
            return false;
        }
        if (p.bot() || listed(p.name(), rules)) {
            return true;
        }
        return p.logins().stream().anyMatch(login -> listed(login, rules));
    }

    static boolean listed(String name, ScoringRules rules) {
        if (name == null) {
            return false;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.endsWith("[bot]") || rules.botNames().contains(n);
    }
}
