package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Person;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Work merged from outside the project in the year (docs/scoring.md §3, "external share").
 *
 * <p>With forge data: merged non-bot change requests whose {@link AuthorRelation} is not an
 * {@link AuthorRelation#insider() insider} (owner, member, collaborator); change requests whose relation is unknown
 * (forges or connectors that cannot tell, docs/scoring.md D56) are left out of both counts. For plain git, the changes are the year's non-bot commits and "outside" means an
 * author outside the owner's domains: the configured {@link ScoringRules#ownerDomains()} (a person is
 * inside when one of their e-mails is at such a domain or a subdomain of it), or when none are configured,
 * outside the organization with the most commits over the whole history. Unaffiliated authors are outside;
 * authors with a foundation address (apache.org, ...) are inside: foundations give them to their committers.
 *
 * @param changes the changes that could be classified
 * @param external those from outside
 * @param externalAuthors the distinct outside authors (person keys)
 * @param basis how "outside" was decided, for evidence
 */
record ExternalContributions(int changes, int external, Set<String> externalAuthors, String basis) {

    static ExternalContributions of(Facts f) {
        return f.history.forgeEvents() ? fromChangeRequests(f) : fromCommits(f);
    }

    /** The share of outside changes, or null when no change could be classified. */
    Double share() {
        return changes == 0 ? null : (double) external / changes;
    }

    private static ExternalContributions fromChangeRequests(Facts f) {
        int changes = 0;
        int external = 0;
        Set<String> authors = new TreeSet<>();
        for (ChangeRequest cr : f.humanChangeRequests) {
            if (!f.year.contains(cr.mergedAt()) || !cr.authorRelation().known()) {
                continue;
            }
            changes++;
            if (!cr.authorRelation().insider()) {
                external++;
                String key = f.people.keyOf(cr.author());
                if (key != null) {
                    authors.add(key);
                }
            }
        }
        return new ExternalContributions(changes, external, authors,
                "merged PRs in 365 days whose author association is not OWNER, MEMBER or COLLABORATOR");
    }

    private static ExternalContributions fromCommits(Facts f) {
        Set<String> domains = f.rules.ownerDomains();
        String ownerOrganization = domains.isEmpty() ? ownerOrganization(f) : null;
        if (domains.isEmpty() && ownerOrganization == null) {
            return new ExternalContributions(0, 0, Set.of(), "no owner domain configured and no organization known");
        }
        List<AttributedCommit> commits = f.humanCommitsIn(f.year);
        int external = 0;
        Set<String> authors = new TreeSet<>();
        for (AttributedCommit c : commits) {
            boolean inside = domains.isEmpty()
                    ? c.organization() != null && ownerOrganization.equalsIgnoreCase(c.organization())
                    : atDomain(c.author(), domains);
            // A foundation address (apache.org) is given to a project's committers: a member, not an outsider.
            inside |= c.author().foundation() != null;
            if (!inside) {
                external++;
                authors.add(c.author().key());
            }
        }
        return new ExternalContributions(commits.size(), external, authors, domains.isEmpty()
                ? "commits in 365 days by authors outside " + ownerOrganization + ", the organization with the most commits"
                : "commits in 365 days by authors outside the owner's domains " + new TreeSet<>(domains));
    }

    /** The organization with the most non-bot commits over the whole history; ties by name. */
    private static String ownerOrganization(Facts f) {
        List<Map.Entry<String, Long>> ranked = BusFactor.ranked(f.commitsPerOrganization());
        return ranked.isEmpty() ? null : ranked.get(0).getKey();
    }

    private static boolean atDomain(Person p, Set<String> domains) {
        for (String email : p.emails()) {
            int at = email == null ? -1 : email.lastIndexOf('@');
            if (at < 0) {
                continue;
            }
            String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
            for (String d : domains) {
                if (domain.equals(d) || domain.endsWith("." + d)) {
                    return true;
                }
            }
        }
        return false;
    }
}
