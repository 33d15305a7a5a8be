package io.forgepulse.scoring;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The configurable inputs of the scoring model. Everything is compared lower-cased, so callers may pass
 * configuration values as written.
 *
 * @param foundations forge owner logins that are software foundations (GOV.OWNER scores 2 for them)
 * @param ownerDomains e-mail domains of the project's owner, for plain git "outside the owner's domains";
 *     empty means: derive the owner from the organization with the most commits
 */
public record ScoringRules(Set<String> foundations, Set<String> ownerDomains) {

    public ScoringRules {
        foundations = lowered(foundations);
        ownerDomains = lowered(ownerDomains);
    }

    /** The ruleset's defaults: the foundations' GitHub organizations. (Bots are identity's one rule.) */
    public static ScoringRules defaults() {
        return new ScoringRules(
                Set.of("apache", "eclipse", "eclipse-ee4j", "cncf", "linuxfoundation", "lfai", "lf-edge", "hyperledger",
                        "ossf", "openatom", "openatomfoundation", "openjsf", "openjs-foundation", "python", "mozilla",
                        "gnome", "kde", "freebsd"),
                Set.of());
    }

    private static Set<String> lowered(Set<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream()
                .filter(Objects::nonNull)
                .map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
