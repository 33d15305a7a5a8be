package io.forgepulse.domain;

import java.util.List;

/**
 * One human (or bot) behind one or more identities, after alias merging.
 *
 * @param key stable within a project: the smallest lower-cased e-mail or login of the merged identities
 * @param organization the affiliation, or null when unaffiliated or unknown
 * @param foundation the software foundation one of the addresses belongs to ({@code apache.org}), or null: a role
 *     in a foundation's projects, not an employer
 */
public record Person(String key, String name, String organization, boolean bot, List<String> emails, List<String> logins,
        String foundation) {

    /** A person with no foundation address. */
    public Person(String key, String name, String organization, boolean bot, List<String> emails, List<String> logins) {
        this(key, name, organization, bot, emails, logins, null);
    }

    public Person {
        key = BoundedText.key(key, BoundedText.EMAIL);
        name = BoundedText.clipped(name, BoundedText.NAME);
        organization = BoundedText.clipped(organization, BoundedText.NAME);
        foundation = BoundedText.clipped(foundation, BoundedText.NAME);
        emails = List.copyOf(emails);
        logins = List.copyOf(logins);
    }
}
