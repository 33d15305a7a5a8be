package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.Person;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who is behind a commit or a forge login, and whether that is a bot. Issues, change requests, comments and
 * reviews only carry a login; the merged {@link Person}s of the commits know their logins, so a login is
 * resolved to the same person key its commits use. A login no commit knows stays its own person
 * ({@code login:<login>}), which never merges on name alone.
 */
final class People {

    private final ScoringRules rules;
    private final Map<String, Person> byLogin = new HashMap<>();

    People(List<AttributedCommit> commits, ScoringRules rules) {
        this.rules = rules;
        for (AttributedCommit c : commits) {
            Person p = c.author();
            if (p == null) {
                continue;
            }
            for (String login : p.logins()) {
                if (login != null) {
                    byLogin.putIfAbsent(lower(login), p);
                }
            }
        }
    }

    /** A bot: flagged by identity, a login ending in {@code [bot]}, or a name in the configured list. */
    boolean isBot(Person p) {
        return Bots.isBot(p, rules);
    }

    /** Whether an event author is a bot: the forge's flag, the login's shape, the list, or its person. */
    boolean isBot(String login, boolean flagged) {
        if (flagged || listed(login)) {
            return true;
        }
        return login != null && isBot(byLogin.get(lower(login)));
    }

    /** The person key behind a forge login, or null for an unknown (deleted) account. */
    String keyOf(String login) {
        if (login == null || login.isBlank()) {
            return null;
        }
        Person p = byLogin.get(lower(login));
        return p != null ? p.key() : "login:" + lower(login);
    }

    /** The key of a non-bot event author, or null when the author is a bot or unknown. */
    String humanKey(String login, boolean flagged) {
        return isBot(login, flagged) ? null : keyOf(login);
    }

    private boolean listed(String name) {
        return Bots.listed(name, rules);
    }

    private static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
