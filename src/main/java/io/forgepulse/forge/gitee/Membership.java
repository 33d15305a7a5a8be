package io.forgepulse.forge.gitee;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.AuthorRelation;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who belongs to a Gitee repository, as its answer says: the owner of a personal namespace, and the {@code members}
 * list (logins). Gitee items carry no author association, so the relation is mapped from this: OWNER, MEMBER,
 * or NONE.
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

    /** How {@code login} stands to the repository; unknown when its members are not known. */
    AuthorRelation relation(String login) {
        if (members == null || login == null) {
            return AuthorRelation.UNKNOWN;
        }
        if (login.equalsIgnoreCase(owner)) {
            return AuthorRelation.OWNER;
        }
        return members.contains(login.toLowerCase(Locale.ROOT)) ? AuthorRelation.MEMBER : AuthorRelation.NONE;
    }
}
