package io.forgepulse.store;

import io.forgepulse.domain.BoundedText;

/** One identity as it appears in events; {@code login} is empty where the source has no logins (plain git). */
public record IdentityRow(String email, String name, String login, String personKey) {

    public IdentityRow {
        email = BoundedText.clipped(email, BoundedText.EMAIL);
        name = BoundedText.clipped(name, BoundedText.NAME);
        login = BoundedText.clipped(login, BoundedText.LOGIN);
        personKey = BoundedText.key(personKey, BoundedText.EMAIL);
    }
}
