package io.forgepulse.identity;

import io.forgepulse.domain.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges the aliases of one person (git author lines, forge accounts) into a {@link Person}.
 *
 * <p>Two aliases are the same person when they share an e-mail address (trimmed, case-insensitive), a
 * forge login (case-insensitive), or when one's GitHub noreply address
 * ({@code [ID+]login@users.noreply.github.com}) names the other's login. Merging is transitive. Aliases
 * are <em>never</em> merged on their name alone: two "John Smith" with different addresses stay two
 * people, because a shared common name is far likelier than a shared person.
 *
 * <p>Each person gets:
 * <ul>
 * <li>{@code key}: the smallest lower-cased e-mail or {@code "@login"}, stable as more aliases merge in
 *     (two persons never share an address or login, so keys are unique unless both have neither and
 *     fall back to the same "name:" key);</li>
 * <li>{@code name}: the display name seen most often, ties to the lexicographically smallest;</li>
 * <li>{@code emails} (lower-cased) and {@code logins} (the forge's spelling), sorted;</li>
 * <li>{@code bot}: any alias is a bot, i.e. a forge account of type Bot, a login, name or address ending
 *     in {@code [bot]}, or a name, login or address local part in the configured bot names;</li>
 * <li>{@code organization}: each alias gives at most one, from the configured domain map (its mail
 *     domain or a parent domain), else its forge company field, else its mail domain unless public,
 *     noreply or local. When aliases disagree, the strongest source wins (map &gt; company &gt; mail
 *     domain), then the organization given by more alias occurrences, then the smallest name. Null
 *     means unaffiliated or unknown.</li>
 * </ul>
 *
 * <p>The result never depends on the order of the input. Pure and thread-safe.
 */
public final class IdentityResolver {

    private final PersonAssembler assembler;

    public IdentityResolver(IdentityRules rules) {
        this.assembler = new PersonAssembler(new BotDetector(rules.botNames()), new OrganizationResolver(rules));
    }

    /**
     * Resolves aliases to persons. Duplicates in {@code aliases} are welcome: they weigh the choice of
     * name and organization, so passing every commit's alias favours what a person uses most.
     *
     * @return every distinct alias (by record equality, so look an event up with the alias built the
     *         same way, e.g. {@link Alias#of}) to its person; aliases of one person map to the same
     *         instance. Iteration follows first appearance in the input.
     */
    public Map<Alias, Person> resolve(Collection<Alias> aliases) {
        Map<Alias, Integer> occurrences = new LinkedHashMap<>();
        for (Alias alias : aliases) {
            occurrences.merge(Objects.requireNonNull(alias, "alias"), 1, Integer::sum);
        }
        List<Alias> distinct = new ArrayList<>(occurrences.keySet());
        List<AliasKeys> keys = distinct.stream().map(AliasKeys::of).toList();

        DisjointSets sets = new DisjointSets(distinct.size());
        Map<String, Integer> firstHolder = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (String identifier : identifiers(keys.get(i))) {
                Integer holder = firstHolder.putIfAbsent(identifier, i);
                if (holder != null) {
                    sets.union(holder, i);
                }
            }
        }

        Map<Integer, List<PersonAssembler.Member>> groups = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            Alias alias = distinct.get(i);
            groups.computeIfAbsent(sets.find(i), root -> new ArrayList<>())
                    .add(new PersonAssembler.Member(alias, keys.get(i), occurrences.get(alias)));
        }
        Map<Integer, Person> persons = new HashMap<>();
        groups.forEach((root, members) -> persons.put(root, assembler.assemble(members)));

        Map<Alias, Person> result = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            result.put(distinct.get(i), persons.get(sets.find(i)));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * What an alias can be merged on. A noreply login shares the namespace of forge logins: that is the
     * point of it. The prefixes keep an address from ever equalling a login.
     */
    private static List<String> identifiers(AliasKeys keys) {
        List<String> ids = new ArrayList<>(3);
        if (keys.email() != null) {
            ids.add("mail:" + keys.email().value());
        }
        if (keys.login() != null) {
            ids.add("login:" + keys.login());
        }
        if (keys.noreplyLogin() != null) {
            ids.add("login:" + keys.noreplyLogin());
        }
        return ids;
    }
}
