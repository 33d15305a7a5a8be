package io.forgepulse.identity;

/**
 * One identity as events show it.
 *
 * @param login the forge login, or null (plain git)
 * @param company the forge profile's company field, or null
 * @param forgeBot the forge says the account is a bot (GitHub account type Bot)
 */
public record Alias(String name, String email, String login, String company, boolean forgeBot) {
}
