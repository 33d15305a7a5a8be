package io.forgepulse.identity;

import io.forgepulse.domain.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the aliases of one person (git author lines, forge accounts) into a {@link Person}.
 *
 * <p>Two aliases of a project are the same person when they share an e-mail address (trimmed, case-insensitive), a
 * forge login (case-insensitive), when one's GitHub noreply address ({@code [ID+]login@users.noreply.github.com})
 * names the other's login, when they carry the same full name of two words or more (case and accents folded, see
 * {@link NameKey}), or when the operator's identities file lists both for one person. Merging is transitive. A
 * one-word name never merges, nor does an alias the identities file lists (in a person or a {@code split:} line)
 * merge on its name: that is how two people of one name are kept apart. (Git's {@code .mailmap} is applied before,
 * by git itself, when commits are read.)
 *
 * <p>Each person gets:
 * <ul>
 * <li>{@code key}: the smallest lower-cased e-mail or {@code "@login"}, stable as more aliases merge in;</li>
 * <li>{@code name}: the identities file's name, else the display name seen most often, ties to the smallest;</li>
 * <li>{@code emails} (lower-cased) and {@code logins} (the forge's spelling), sorted;</li>
 * <li>{@code bot}: any alias is a bot ({@link BotDetector});</li>
 * <li>{@code organization}: see {@link OrganizationResolver}; the strongest source wins (map &gt; company &gt; mail
 *     domain), then the organization given by more alias occurrences, then the smallest name. A registrable
 *     domain used by only one person of the project is that person's own (personal), not an organization. The
 *     identities file's enrolments override it for the days they cover ({@link #organizationAt}).</li>
 * <li>{@code foundation}: the foundation domain of one of the addresses (apache.org, ...), or null.</li>
 * </ul>
 *
 * <p>The result never depends on the order of the input. Pure and thread-safe.
 */
public final class IdentityResolver {

    private final PersonAssembler assembler;
    private final OrganizationResolver organizations;
    private final BotDetector bots;
    private final OperatorIdentities operator;
    /** Identifier ("mail:..", "login:..") to the index of its person in the identities file. */
    private final Map<String, Integer> listed = new HashMap<>();

    public IdentityResolver(IdentityRules rules) {
        this.organizations = new OrganizationResolver(rules);
        this.bots = new BotDetector(rules.botNames());
        this.assembler = new PersonAssembler(bots, organizations);
        this.operator = rules.operator();
        List<OperatorIdentities.OperatorPerson> people = operator.people();
        for (int i = 0; i < people.size(); i++) {
            for (String alias : people.get(i).aliases()) {
                listed.put(identifier(alias), i);
            }
        }
    }

    /** The one bot rule, for callers that only know a login (first responses). */
    public BotDetector bots() {
        return bots;
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
        return new Grouping(aliases).persons();
    }

    /** The merges made and the candidate merges not made, for a maintainer to confirm in the identities file. */
    public MergeReview review(Collection<Alias> aliases) {
        return new Grouping(aliases).review();
    }

    /**
     * The person's organization on that instant: the identities file's enrolment covering it, else the
     * organization found from the aliases.
     */
    public String organizationAt(Person person, Instant when) {
        if (person == null) {
            return null;
        }
        OperatorIdentities.OperatorPerson listedPerson = listedPerson(person);
        String enrolled = listedPerson == null ? null : listedPerson.organizationAt(when);
        return enrolled != null ? enrolled : person.organization();
    }

    /** Whether the identities file dates the person's organization: {@link #organizationAt} then depends on the instant. */
    public boolean datesOrganization(Person person) {
        OperatorIdentities.OperatorPerson listedPerson = person == null ? null : listedPerson(person);
        return listedPerson != null && !listedPerson.enrolments().isEmpty();
    }

    private OperatorIdentities.OperatorPerson listedPerson(Person person) {
        for (String email : person.emails()) {
            Integer i = listed.get("mail:" + email);
            if (i != null) {
                return operator.people().get(i);
            }
        }
        for (String login : person.logins()) {
            Integer i = listed.get("login:" + login.toLowerCase(java.util.Locale.ROOT));
            if (i != null) {
                return operator.people().get(i);
            }
        }
        return null;
    }

    private static String identifier(String fileAlias) {
        return fileAlias.startsWith("@") ? "login:" + fileAlias.substring(1) : "mail:" + fileAlias;
    }

    /** One resolution: the distinct aliases, their groups and the rules that joined them. */
    private final class Grouping {

        private final Map<Alias, Integer> occurrences = new LinkedHashMap<>();
        private final List<Alias> distinct;
        private final List<AliasKeys> keys;
        private final DisjointSets sets;
        /** For each alias index, the rules that joined it to an earlier holder. */
        private final Map<Integer, Set<String>> rulesByAlias = new HashMap<>();

        Grouping(Collection<Alias> aliases) {
            for (Alias alias : aliases) {
                occurrences.merge(Objects.requireNonNull(alias, "alias"), 1, Integer::sum);
            }
            distinct = new ArrayList<>(occurrences.keySet());
            keys = distinct.stream().map(AliasKeys::of).toList();
            sets = new DisjointSets(distinct.size());
            Map<String, Integer> firstHolder = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                for (Map.Entry<String, String> id : identifiers(distinct.get(i), keys.get(i)).entrySet()) {
                    Integer holder = firstHolder.putIfAbsent(id.getKey(), i);
                    if (holder != null && sets.find(holder) != sets.find(i)) {
                        sets.union(holder, i);
                        rulesByAlias.computeIfAbsent(i, k -> new TreeSet<>()).add(id.getValue());
                    }
                }
            }
        }

        /** What an alias merges on, each with the rule's name; prefixes keep an address from equalling a login. */
        private Map<String, String> identifiers(Alias alias, AliasKeys k) {
            Map<String, String> ids = new LinkedHashMap<>();
            boolean fileListed = false;
            if (k.email() != null) {
                ids.put("mail:" + k.email().value(), "address");
            }
            if (k.login() != null) {
                ids.put("login:" + k.login(), "login");
            }
            if (k.noreplyLogin() != null) {
                ids.putIfAbsent("login:" + k.noreplyLogin(), "noreply");
            }
            for (String id : List.copyOf(ids.keySet())) {
                Integer person = listed.get(id);
                if (person != null) {
                    ids.put("file:" + person, "identities file");
                    fileListed = true;
                }
                fileListed |= operator.split().contains(id.startsWith("login:") ? "@" + id.substring(6) : id.substring(5));
            }
            String name = NameKey.mergeKey(alias.name());
            if (name != null && !fileListed) {
                ids.put("name:" + name, "name");
            }
            return ids;
        }

        private Map<Integer, List<PersonAssembler.Member>> groups() {
            Map<Integer, List<PersonAssembler.Member>> groups = new LinkedHashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                Alias alias = distinct.get(i);
                groups.computeIfAbsent(sets.find(i), root -> new ArrayList<>())
                        .add(new PersonAssembler.Member(alias, keys.get(i), occurrences.get(alias)));
            }
            return groups;
        }

        /** Registrable domains that only one person of the project uses: that person's own, not an employer. */
        private Set<String> personalDomains(Map<Integer, List<PersonAssembler.Member>> groups) {
            Map<String, Integer> peoplePerDomain = new HashMap<>();
            for (List<PersonAssembler.Member> members : groups.values()) {
                Set<String> domains = new HashSet<>();
                members.forEach(m -> {
                    String d = organizations.candidateDomain(m.keys());
                    if (d != null) {
                        domains.add(d);
                    }
                });
                domains.forEach(d -> peoplePerDomain.merge(d, 1, Integer::sum));
            }
            Set<String> personal = new HashSet<>();
            peoplePerDomain.forEach((d, n) -> {
                if (n == 1) {
                    personal.add(d);
                }
            });
            return personal;
        }

        private Map<Integer, Person> assembled(Map<Integer, List<PersonAssembler.Member>> groups) {
            Set<String> personal = personalDomains(groups);
            Map<Integer, Person> persons = new HashMap<>();
            groups.forEach((root, members) -> {
                Person p = assembler.assemble(members, personal);
                OperatorIdentities.OperatorPerson file = listedPerson(p);
                persons.put(root, file == null ? p
                        : new Person(p.key(), file.name(), p.organization(), p.bot(), p.emails(), p.logins(), p.foundation()));
            });
            return persons;
        }

        Map<Alias, Person> persons() {
            Map<Integer, Person> persons = assembled(groups());
            Map<Alias, Person> result = new LinkedHashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                result.put(distinct.get(i), persons.get(sets.find(i)));
            }
            return Collections.unmodifiableMap(result);
        }

        MergeReview review() {
            Map<Integer, List<PersonAssembler.Member>> groups = groups();
            Map<Integer, Person> persons = assembled(groups);
            Map<Integer, Set<String>> rules = new HashMap<>();
            rulesByAlias.forEach((i, r) -> rules.computeIfAbsent(sets.find(i), k -> new TreeSet<>()).addAll(r));
            List<MergeReview.Merge> merges = new ArrayList<>();
            groups.forEach((root, members) -> {
                if (members.size() > 1) {
                    Person p = persons.get(root);
                    merges.add(new MergeReview.Merge(p.key(), p.name(),
                            members.stream().map(m -> shown(m.alias())).sorted().distinct().toList(),
                            List.copyOf(rules.getOrDefault(root, Set.of()))));
                }
            });
            merges.sort(java.util.Comparator.comparing(MergeReview.Merge::person));
            return new MergeReview(merges, candidates(groups, persons));
        }

        /**
         * Pairs of people kept apart that share a one-word name or an address's local part (at another domain):
         * often one person, yet too common to merge without a maintainer's word.
         */
        private List<MergeReview.Candidate> candidates(Map<Integer, List<PersonAssembler.Member>> groups,
                Map<Integer, Person> persons) {
            Map<String, TreeMap<String, Integer>> byClue = new TreeMap<>();
            groups.forEach((root, members) -> {
                for (PersonAssembler.Member m : members) {
                    String folded = NameKey.fold(m.alias().name());
                    if (folded != null && folded.indexOf(' ') < 0 && folded.length() >= 3) {
                        byClue.computeIfAbsent("the name '" + folded + "'", c -> new TreeMap<>()).put(persons.get(root).key(), root);
                    }
                    if (m.keys().email() != null && m.keys().email().domain() != null && m.keys().email().localPart().length() >= 4) {
                        byClue.computeIfAbsent("the address name '" + m.keys().email().localPart() + "'", c -> new TreeMap<>())
                                .put(persons.get(root).key(), root);
                    }
                }
            });
            Map<List<String>, List<String>> cluesByPair = new LinkedHashMap<>();
            byClue.forEach((clue, people) -> {
                List<String> ids = List.copyOf(people.keySet());
                // A clue shared by many (a common first name) is no clue; twenty people bound the pairs.
                for (int a = 0; a < ids.size() && a < 20; a++) {
                    for (int b = a + 1; b < ids.size() && b < 20; b++) {
                        cluesByPair.computeIfAbsent(List.of(ids.get(a), ids.get(b)), k -> new ArrayList<>()).add(clue);
                    }
                }
            });
            Map<String, Person> byKey = new HashMap<>();
            persons.values().forEach(p -> byKey.put(p.key(), p));
            List<MergeReview.Candidate> candidates = new ArrayList<>();
            cluesByPair.forEach((pair, clues) -> {
                Person pa = byKey.get(pair.get(0));
                Person pb = byKey.get(pair.get(1));
                candidates.add(new MergeReview.Candidate(pa.key(), pb.key(), "both use " + String.join(" and ", clues),
                        confirmLines(pa, pb)));
            });
            return candidates;
        }

        private static List<String> confirmLines(Person a, Person b) {
            List<String> lines = new ArrayList<>();
            lines.add("person: " + a.name());
            for (Person p : List.of(a, b)) {
                p.emails().forEach(e -> lines.add("alias: " + e));
                p.logins().forEach(l -> lines.add("alias: @" + l));
            }
            return lines;
        }

        private static String shown(Alias alias) {
            if (alias.email() != null && !alias.email().isBlank()) {
                return (alias.name() == null ? "" : alias.name().strip() + " ") + "<" + alias.email().strip() + ">";
            }
            return alias.login() != null ? "@" + alias.login() : String.valueOf(alias.name());
        }
    }
}
