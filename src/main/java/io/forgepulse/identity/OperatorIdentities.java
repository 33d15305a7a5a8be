package io.forgepulse.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an operator's identities file says: who is one person, which aliases must stay apart, and where people
 * worked when. The format (see docs/scoring.md, "Operator identities file") is line based so that a maintainer
 * can confirm a candidate merge by pasting two lines:
 *
 * <pre>
 * person: Jane Doe                  # starts a person; the name is the one shown
 * alias: jane@example.com           # an address (any case) ...
 * alias: @jdoe                      # ... or a forge login
 * enrol: Example Inc 2015-01-01..2019-12-31
 * enrol: Acme 2020-01-01..          # open end: until now
 * split: john@example.org           # this alias never merges on its name alone
 * </pre>
 *
 * @param people the person blocks, in file order
 * @param split aliases (lower-cased address, or "@" and lower-cased login) that never merge by name
 */
public record OperatorIdentities(List<OperatorPerson> people, Set<String> split) {

    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?");

    public static final OperatorIdentities NONE = new OperatorIdentities(List.of(), Set.of());

    public OperatorIdentities {
        people = List.copyOf(people);
        split = Set.copyOf(split);
    }

    /**
     * One person of the file.
     *
     * @param aliases lower-cased addresses and "@login"s
     */
    public record OperatorPerson(String name, List<String> aliases, List<Enrolment> enrolments) {

        public OperatorPerson {
            aliases = List.copyOf(aliases);
            enrolments = List.copyOf(enrolments);
        }

        /** The organization this file says the person worked for on that instant, or null. */
        String organizationAt(java.time.Instant when) {
            if (when == null) {
                return null;
            }
            return enrolments.stream().filter(e -> e.covers(when)).map(Enrolment::organization).findFirst().orElse(null);
        }
    }

    /**
     * Parses the file; {@code #} starts a comment, blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line that is not understood, or an alias listed for two people
     */
    public static OperatorIdentities parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<OperatorPerson> people = new ArrayList<>();
        Set<String> split = new LinkedHashSet<>();
        Map<String, Integer> owner = new HashMap<>();
        String name = null;
        List<String> aliases = new ArrayList<>();
        List<Enrolment> enrolments = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int hash = line.indexOf('#');
            line = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw bad(n, "expected 'person:', 'alias:', 'enrol:' or 'split:'");
            }
            String keyword = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty()) {
                throw bad(n, "'" + keyword + ":' needs a value");
            }
            switch (keyword) {
                case "person" -> {
                    if (name != null) {
                        people.add(new OperatorPerson(name, aliases, enrolments));
                    }
                    name = value;
                    aliases = new ArrayList<>();
                    enrolments = new ArrayList<>();
                }
                case "alias" -> {
                    if (name == null) {
                        throw bad(n, "'alias:' before any 'person:'");
                    }
                    String alias = alias(value);
                    Integer earlier = owner.putIfAbsent(alias, people.size());
                    if (earlier != null && earlier != people.size()) {
                        throw bad(n, "alias " + alias + " is already listed for another person");
                    }
                    aliases.add(alias);
                }
                case "enrol", "enroll" -> {
                    if (name == null) {
                        throw bad(n, "'enrol:' before any 'person:'");
                    }
                    enrolments.add(enrolment(n, value));
                }
                case "split" -> split.add(alias(value));
                default -> throw bad(n, "unknown keyword '" + keyword + "'");
            }
        }
        if (name != null) {
            people.add(new OperatorPerson(name, aliases, enrolments));
        }
        return new OperatorIdentities(people, split);
    }

    /** "@Login" stays a login, anything else is an address; both lower-cased as merging compares them. */
    static String alias(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static Enrolment enrolment(int n, String value) {
        int space = value.lastIndexOf(' ');
        String last = space < 0 ? value : value.substring(space + 1);
        Matcher range = RANGE.matcher(last);
        try {
            if (space > 0 && range.matches()) {
                return new Enrolment(value.substring(0, space), day(range.group(1)), day(range.group(2)));
            }
            return new Enrolment(value, null, null);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw bad(n, e.getMessage());
        }
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static IllegalArgumentException bad(int index, String why) {
        return new IllegalArgumentException("identities file, line " + (index + 1) + ": " + why);
    }
}
