package io.forgepulse.identity;

import io.forgepulse.domain.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Merges the aliases of one person (SCORING.md): on equal e-mail (case-insensitive), on equal forge login, and on
 * GitHub noreply addresses (which name a login); never on name alone, since two people may share a name.
 */
public final class IdentityResolver {

    private final BotDetector bots;
    private final Affiliation affiliation;

    public IdentityResolver(IdentityRules rules) {
        this.bots = new BotDetector(rules.botNames());
        this.affiliation = new Affiliation(rules);
    }

    /** Each alias with the person it belongs to; aliases of one person map to one equal Person. */
    public Map<Alias, Person> resolve(Collection<Alias> aliases) {
        List<Alias> distinct = aliases.stream().distinct().toList();
        UnionFind groups = new UnionFind(distinct.size());
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (String key : keys(distinct.get(i))) {
                Integer other = firstWithKey.putIfAbsent(key, i);
                if (other != null) {
                    groups.union(other, i);
                }
            }
        }
        Map<Integer, List<Alias>> members = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(distinct.get(i));
        }
        Map<Alias, Person> result = new LinkedHashMap<>();
        for (List<Alias> group : members.values()) {
            Person person = person(group);
            group.forEach(a -> result.put(a, person));
        }
        return result;
    }

    /** What two aliases must share to be one person: a normalized e-mail or a login (noreply addresses give one). */
    private static List<String> keys(Alias alias) {
        List<String> keys = new ArrayList<>(2);
        if (alias.email() != null && !alias.email().isBlank()) {
            keys.add(alias.email().trim().toLowerCase(Locale.ROOT));
        }
        login(alias).ifPresent(login -> keys.add("@" + login));
        return keys;
    }

    private static Optional<String> login(Alias alias) {
        if (alias.login() != null && !alias.login().isBlank()) {
            return Optional.of(alias.login().trim().toLowerCase(Locale.ROOT));
        }
        return NoreplyAddress.login(alias.email());
    }

    private Person person(List<Alias> group) {
        TreeSet<String> emails = new TreeSet<>();
        TreeSet<String> logins = new TreeSet<>();
        for (Alias a : group) {
            if (a.email() != null && !a.email().isBlank()) {
                emails.add(a.email().trim().toLowerCase(Locale.ROOT));
            }
            login(a).ifPresent(logins::add);
        }
        TreeSet<String> keys = new TreeSet<>(emails);
        logins.forEach(l -> keys.add("@" + l));
        String key = keys.isEmpty() ? "?" + displayName(group) : keys.first();
        boolean bot = group.stream().anyMatch(bots::isBot);
        return new Person(key, displayName(group), bot ? null : organization(group), bot, List.copyOf(emails),
                List.copyOf(logins));
    }

    /** The most frequent name among the aliases; ties go to the lexicographically first, so the choice is stable. */
    private static String displayName(List<Alias> group) {
        Map<String, Integer> counts = new HashMap<>();
        group.stream().map(Alias::name).filter(n -> n != null && !n.isBlank()).map(String::trim)
                .forEach(n -> counts.merge(n, 1, Integer::sum));
        return counts.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElse(group.get(0).email());
    }

    /**
     * The organization with the strongest evidence (domain map, then company field, then mail domain); among
     * equally strong ones, the one most aliases give, then the lexicographically first.
     */
    private String organization(List<Alias> group) {
        Map<Affiliation.Found, Integer> found = new HashMap<>();
        group.forEach(a -> affiliation.of(a).ifPresent(f -> found.merge(f, 1, Integer::sum)));
        return found.entrySet().stream()
                .min(Comparator.<Map.Entry<Affiliation.Found, Integer>>comparingInt(e -> e.getKey().source().ordinal())
                        .thenComparingInt(e -> -e.getValue())
                        .thenComparing(e -> e.getKey().organization()))
                .map(e -> e.getKey().organization())
                .orElse(null);
    }

    /** Disjoint sets over alias indexes, with path halving. */
    private static final class UnionFind {

        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
