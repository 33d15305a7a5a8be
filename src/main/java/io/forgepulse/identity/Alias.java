package io.forgepulse.identity;

import io.forgepulse.domain.Signature;

/**
 * One identity as an event shows it, before merging. Record equality is the lookup key into the result
 * of {@link IdentityResolver#resolve}: build the alias for an event the same way on both sides.
 *
 * @param name the display name (git author name, forge profile name), or null
 * @param email the e-mail address as recorded, or null
 * @param login the forge login, or null for plain git
 * @param company the forge profile's company field, or null
 * @param forgeBot the forge says this account is of type Bot
 */
public record Alias(String name, String email, String login, String company, boolean forgeBot) {

    /** A git author or committer line: name and e-mail only. */
    public static Alias of(Signature signature) {
        return new Alias(signature.name(), signature.email(), null, null, false);
    }

    /** An issue, comment or review author, which events carry as a login and a bot flag only. */
    public static Alias ofLogin(String login, boolean forgeBot) {
        return new Alias(null, null, login, null, forgeBot);
    }
}
