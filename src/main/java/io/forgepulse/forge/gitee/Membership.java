package io.forgepulse.forge.gitee;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who belongs to a Gitee repository, as its answer says: the owner of a personal namespace, and the {@code members}
 * list (logins). Gitee items carry no author association, so it is mapped from this: OWNER, MEMBER, or NONE.
 *
 * @param owner the login owning a personal namespace, or null for a group or enterprise namespace
 */
record Membership(String owner, Set<String> members) {

    /** Nothing known: no association is claimed. */
    static final Membership UNKNOWN = new Membership(null, null);

    static Membership of(JsonNode repo) {
        JsonNode list = repo.get("members");
        if (list == null || !list.isArray()) {
            return UNKNOWN;
        }
        Set<String> members = new TreeSet<>();
        list.forEach(m -> members.add(m.asText().toLowerCase(Locale.ROOT)));
        String owner = "personal".equals(repo.path("namespace").path("type").asText())
                ? GiteeItems.login(repo.path("owner")) : null;
        return new Membership(owner, members);
    }

    /** GitHub-style association of {@code login}, or null when the repository's members are not known. */
    String association(String login) {
        if (members == null || login == null) {
            return null;
        }
        if (login.equalsIgnoreCase(owner)) {
            return "OWNER";
        }
        return members.contains(login.toLowerCase(Locale.ROOT)) ? "MEMBER" : "NONE";
    }
}
