package io.forgepulse.identity;

import java.util.Map;
import java.util.Set;

/**
 * Finds the organization one alias points to, in this order:
 * <ol>
 * <li>no organization from a forge's private address ({@code users.noreply.github.com}), a service sender
 *     ({@code noreply@}), a machine-local name ({@code host.local}, {@code (none)}) or an IP literal;</li>
 * <li>the domain map (operator's entries over the shipped well-known companies), on the mail domain or a parent;</li>
 * <li>the forge profile's company field;</li>
 * <li>nothing from a public mail provider, a foundation's domain, or a personal domain (used by one person in the
 *     project);</li>
 * <li>else the registrable domain (Public Suffix List): {@code dhcp-7.corp.example.com} counts as {@code example.com}.</li>
 * </ol>
 */
final class OrganizationResolver {

    /**
     * Top-level names that never reach a real organization: git's default {@code user@host.(none)},
     * unqualified machine names, and the RFC 2606/6762 reserved names.
     */
    private static final Set<String> LOCAL_TLDS = Set.of(
            "(none)", "local", "localdomain", "localhost", "lan", "home", "internal", "invalid", "test", "example");

    private final Map<String, String> domainOrganizations;
    private final Set<String> publicMailDomains;
    private final Set<String> foundationDomains;

    OrganizationResolver(IdentityRules rules) {
        this.domainOrganizations = rules.domainOrganizations();
        this.publicMailDomains = rules.publicMailDomains();
        this.foundationDomains = rules.foundationDomains();
    }

    /**
     * Returns null when the alias says nothing about an organization (unaffiliated or unknown).
     *
     * @param personalDomains registrable domains only one person of the project uses
     */
    Affiliation affiliationOf(Alias alias, AliasKeys keys, Set<String> personalDomains) {
        String domain = keys.email() == null || !canName(keys.email()) ? null : keys.email().domain();
        String mapped = mostSpecificMapping(domain);
        if (mapped != null) {
            return new Affiliation(mapped, Affiliation.Source.DOMAIN_MAP);
        }
        String company = normalizeCompany(alias.company());
        if (company != null) {
            return new Affiliation(company, Affiliation.Source.COMPANY);
        }
        String candidate = candidateDomain(keys);
        if (candidate != null && !personalDomains.contains(candidate)) {
            return new Affiliation(candidate, Affiliation.Source.MAIL_DOMAIN);
        }
        return null;
    }

    /**
     * The registrable domain an unmapped alias would count as an organization by, before the personal-domain
     * test (which needs the whole project); null for public, foundation, noreply or local addresses.
     */
    String candidateDomain(AliasKeys keys) {
        if (keys.email() == null || !canName(keys.email()) || mostSpecificMapping(keys.email().domain()) != null) {
            return null;
        }
        String registrable = RegistrableDomain.of(keys.email().domain());
        if (registrable == null || within(keys.email().domain(), publicMailDomains) || within(registrable, foundationDomains)) {
            return null;
        }
        return registrable;
    }

    /** The foundation domain of the alias's address ({@code apache.org} for {@code someone@apache.org}), or null. */
    String foundationDomain(AliasKeys keys) {
        if (keys.email() == null || keys.email().domain() == null) {
            return null;
        }
        for (String d = keys.email().domain(); d != null; d = parent(d)) {
            if (foundationDomains.contains(d)) {
                return d;
            }
        }
        return null;
    }

    /** Walks from the full domain to its parents, so "corp.example.org" wins over "example.org". */
    private String mostSpecificMapping(String domain) {
        for (String d = domain; d != null; d = parent(d)) {
            String organization = domainOrganizations.get(d);
            if (organization != null) {
                return organization;
            }
        }
        return null;
    }

    /** Whether the address can name an employer at all (see the class comment, step 1). */
    private static boolean canName(EmailAddress email) {
        String domain = email.domain();
        String local = email.localPart();
        if (domain == null || local.equals("noreply") || local.equals("no-reply")) {
            return false; // noreply@company.com is a service sender, not someone working there
        }
        int lastDot = domain.lastIndexOf('.');
        if (lastDot < 0 || LOCAL_TLDS.contains(domain.substring(lastDot + 1)) || isIpLiteral(domain)) {
            return false;
        }
        for (String d = domain; d != null; d = parent(d)) {
            // Forges' private addresses (users.noreply.github.com, user.noreply.gitee.com, ...) hide the employer.
            if (d.startsWith("noreply.")) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(String domain, Set<String> domains) {
        for (String d = domain; d != null; d = parent(d)) {
            if (domains.contains(d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIpLiteral(String domain) {
        return domain.startsWith("[") || domain.matches("[0-9.]+");
    }

    /** Trims, drops GitHub's "@org" mention form, and collapses runs of spaces; blank means none. */
    static String normalizeCompany(String company) {
        if (company == null) {
            return null;
        }
        String c = company.trim();
        while (c.startsWith("@")) {
            c = c.substring(1).trim();
        }
        c = c.replaceAll("\\s+", " ");
        return c.isEmpty() ? null : c;
    }

    private static String parent(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 ? null : domain.substring(dot + 1);
    }
}
