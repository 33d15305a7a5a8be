package io.forgepulse.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The form of a display name that two aliases of one person share: accents dropped (NFD, combining marks
 * removed), case folded, punctuation read as space, runs of spaces collapsed. Only a name of two words or more
 * identifies anybody: "John" or "admin" is shared by too many people to merge on.
 */
final class NameKey {

    /** Placeholders that tools write for people who never set a name; two words, yet nobody's name. */
    private static final Set<String> PLACEHOLDERS = Set.of("your name", "unknown user", "no name", "git user");

    private NameKey() {
    }

    /** The folded name, or null when the name is blank. */
    static String fold(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String folded = decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
        return folded.isEmpty() ? null : folded;
    }

    /** The key to merge on, or null when the name has fewer than two words or is a placeholder. */
    static String mergeKey(String name) {
        String folded = fold(name);
        if (folded == null || folded.indexOf(' ') < 0 || PLACEHOLDERS.contains(folded)) {
            return null;
        }
        return folded;
    }
}
