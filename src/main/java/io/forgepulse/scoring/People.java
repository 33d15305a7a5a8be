package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.Person;

import java.util.Collection;
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

    private final Map<String, Person> byLogin = new HashMap<>();

    People(List<AttributedCommit> commits) {
        this(commits.stream().map(AttributedCommit::author).toList());
    }

    /** From the people of the commits (nulls skipped): a merged login belongs to one person only. */
    People(Collection<Person> commitAuthors) {
        for (Person p : commitAuthors) {
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

    /** A bot as identity's one rule decided it when the aliases were merged. */
    boolean isBot(Person p) {
        return p != null && p.bot();
    }

    /**
     * Whether an event author is a bot: its flag (which the pipeline sets from identity's rule) or its person's.
     */
    boolean isBot(String login, boolean flagged) {
        return flagged || login != null && isBot(byLogin.get(lower(login)));
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

    private static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
