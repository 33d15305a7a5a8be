package io.forgepulse.domain;

import java.util.List;

/**
 * One human (or bot) behind one or more identities, after alias merging.
 *
 * @param key stable within a project: the smallest lower-cased e-mail or login of the merged identities
 * @param organization the affiliation, or null when unaffiliated or unknown
 */
public record Person(String key, String name, String organization, boolean bot, List<String> emails, List<String> logins) {

    public Person {
        key = BoundedText.key(key, BoundedText.EMAIL);
        name = BoundedText.clipped(name, BoundedText.NAME);
        organization = BoundedText.clipped(organization, BoundedText.NAME);
        emails = List.copyOf(emails);
        logins = List.copyOf(logins);
    }
}
