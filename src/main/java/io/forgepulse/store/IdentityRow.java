package io.forgepulse.store;

/** One identity as it appears in events; {@code login} is empty where the source has no logins (plain git). */
public record IdentityRow(String email, String name, String login, String personKey) {
}
