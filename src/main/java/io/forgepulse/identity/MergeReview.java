package io.forgepulse.identity;

import java.util.List;

/**
 * What a maintainer checks before confirming people in the identities file: the merges made (with the rules that
 * made them) and the likely merges not made.
 *
 * @param merges people made of more than one alias
 * @param candidates pairs of people that look alike but share no address, login or two-word name
 */
public record MergeReview(List<Merge> merges, List<Candidate> candidates) {

    public MergeReview {
        merges = List.copyOf(merges);
        candidates = List.copyOf(candidates);
    }

    /**
     * @param aliases each alias as {@code Name <address>} or {@code @login}, sorted
     * @param rules the rules that joined them: address, login, noreply, name, identities file
     */
    public record Merge(String person, String name, List<String> aliases, List<String> rules) {

        public Merge {
            aliases = List.copyOf(aliases);
            rules = List.copyOf(rules);
        }
    }

    /** Two people kept apart, and why they may be one (the lines to paste into the identities file). */
    public record Candidate(String person, String otherPerson, String reason, List<String> confirmWith) {

        public Candidate {
            confirmWith = List.copyOf(confirmWith);
        }
    }
}
