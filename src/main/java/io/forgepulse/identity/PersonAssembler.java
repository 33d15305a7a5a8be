package io.forgepulse.identity;

import io.forgepulse.domain.Person;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds one {@link Person} from the aliases merged into it. Every choice here depends only on the set
 * of aliases and their counts, never on the order they arrived in, so re-harvesting yields the same
 * person.
 */
final class PersonAssembler {

    /** One distinct alias of the group, how often it occurred, and its normalized keys. */
    record Member(Alias alias, AliasKeys keys, int occurrences) {
    }

    private final BotDetector bots;
    private final OrganizationResolver organizations;

    PersonAssembler(BotDetector bots, OrganizationResolver organizations) {
        this.bots = bots;
        this.organizations = organizations;
    }

    Person assemble(List<Member> members, java.util.Set<String> personalDomains) {
        TreeSet<String> emails = new TreeSet<>();
        Map<String, TreeSet<String>> forgeSpellings = new TreeMap<>();
        TreeSet<String> noreplyLogins = new TreeSet<>();
        for (Member m : members) {
            if (m.keys().email() != null) {
                emails.add(m.keys().email().value());
            }
            if (m.keys().login() != null) {
                forgeSpellings.computeIfAbsent(m.keys().login(), l -> new TreeSet<>()).add(m.keys().loginSpelling());
            }
            if (m.keys().noreplyLogin() != null) {
                noreplyLogins.add(m.keys().noreplyLogin());
            }
        }
        // Shown with the forge's own spelling (the smallest, should it vary) rather than the lower-cased
        // one a noreply address gives.
        Map<String, String> loginSpellings = new TreeMap<>();
        noreplyLogins.forEach(login -> loginSpellings.put(login, login));
        forgeSpellings.forEach((login, spellings) -> loginSpellings.put(login, spellings.first()));
        List<String> logins = loginSpellings.values().stream().toList();
        String key = key(members, emails, loginSpellings);
        return new Person(
                key,
                name(members, logins, emails, key),
                organization(members, personalDomains),
                members.stream().anyMatch(m -> bots.isBot(m.alias(), m.keys())),
                List.copyOf(emails),
                logins,
                members.stream().map(m -> organizations.foundationDomain(m.keys())).filter(java.util.Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(null));
    }

    /**
     * The smallest lower-cased e-mail or "@login". It depends only on the set of identifiers, not on
     * which alias came first, and since '@' sorts before letters a person with a forge login is usually
     * keyed by it. Without either (git authors with an empty address) it falls back to "name:" and the
     * name, the one key that two persons could share.
     */
    private static String key(List<Member> members, TreeSet<String> emails, Map<String, String> logins) {
        TreeSet<String> candidates = new TreeSet<>(emails);
        logins.keySet().forEach(login -> candidates.add("@" + login));
        if (!candidates.isEmpty()) {
            return candidates.first();
        }
        return members.stream()
                .map(m -> m.alias().name())
                .filter(n -> n != null && !n.isBlank())
                .map(n -> "name:" + n.trim().toLowerCase(Locale.ROOT))
                .min(Comparator.naturalOrder())
                .orElse("unknown");
    }

    /**
     * The display name used most often (occurrences count, so a list of every commit's alias weighs
     * names by commits); a tie goes to the lexicographically smallest, which also prefers "John Smith"
     * over "john smith". Without any name: the first login, else the first address's local part.
     */
    private static String name(List<Member> members, List<String> logins, TreeSet<String> emails, String key) {
        Map<String, Integer> counts = new HashMap<>();
        for (Member m : members) {
            String n = m.alias().name();
            if (n != null && !n.isBlank()) {
                counts.merge(n.trim(), m.occurrences(), Integer::sum);
            }
        }
        if (!counts.isEmpty()) {
            return counts.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>, Integer>comparing(Map.Entry::getValue, Comparator.reverseOrder())
                            .thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
        }
        if (!logins.isEmpty()) {
            return logins.get(0);
        }
        if (!emails.isEmpty()) {
            return EmailAddress.parse(emails.first()).localPart();
        }
        return key;
    }

    /**
     * The organization with the strongest evidence ({@link Affiliation.Source} order), then the one most
     * aliases (by occurrences) give, then the smallest name; null when no alias gives one.
     */
    private String organization(List<Member> members, java.util.Set<String> personalDomains) {
        Map<Affiliation, Integer> counts = new HashMap<>();
        for (Member m : members) {
            Affiliation a = organizations.affiliationOf(m.alias(), m.keys(), personalDomains);
            if (a != null) {
                counts.merge(a, m.occurrences(), Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .min(Comparator.<Map.Entry<Affiliation, Integer>, Affiliation.Source>comparing(e -> e.getKey().source())
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().organization()))
                .map(e -> e.getKey().organization())
                .orElse(null);
    }
}
