package io.forgepulse.identity;

import java.util.Locale;

/**
 * The parts of an alias that identify an account, normalized for comparison: the e-mail address, the
 * forge login and the login a GitHub noreply address stands for. Logins are case-insensitive on every
 * forge, so {@code login} and {@code noreplyLogin} are lower-cased; {@code loginSpelling} keeps the case
 * the forge showed, for display.
 */
record AliasKeys(EmailAddress email, String login, String loginSpelling, String noreplyLogin) {

    static AliasKeys of(Alias alias) {
        EmailAddress email = EmailAddress.parse(alias.email());
        String spelling = alias.login() == null || alias.login().isBlank() ? null : alias.login().trim();
        String login = spelling == null ? null : spelling.toLowerCase(Locale.ROOT);
        return new AliasKeys(email, login, spelling, NoreplyAddress.githubLogin(email));
    }
}
