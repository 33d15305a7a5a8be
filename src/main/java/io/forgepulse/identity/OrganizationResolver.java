package io.forgepulse.identity;

import java.util.Map;
import java.util.Set;

/**
 * Finds the organization one alias points to: the configured domain map (on the mail domain or a parent
 * domain), else the forge profile's company field, else the mail domain itself when it can belong to an
 * organization at all.
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

    OrganizationResolver(IdentityRules rules) {
        this.domainOrganizations = rules.domainOrganizations();
        this.publicMailDomains = rules.publicMailDomains();
    }

    /** Returns null when the alias says nothing about an organization (unaffiliated or unknown). */
    Affiliation affiliationOf(Alias alias, AliasKeys keys) {
        String domain = keys.email() == null ? null : keys.email().domain();
        String mapped = mostSpecificMapping(domain);
        if (mapped != null) {
            return new Affiliation(mapped, Affiliation.Source.DOMAIN_MAP);
        }
        String company = normalizeCompany(alias.company());
        if (company != null) {
            return new Affiliation(company, Affiliation.Source.COMPANY);
        }
        if (domain != null && canBeOrganization(keys.email())) {
            return new Affiliation(domain, Affiliation.Source.MAIL_DOMAIN);
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

    private boolean canBeOrganization(EmailAddress email) {
        String domain = email.domain();
        String local = email.localPart();
        // noreply@company.com is a service sender, not someone working there.
        if (local.equals("noreply") || local.equals("no-reply")) {
            return false;
        }
        int lastDot = domain.lastIndexOf('.');
        if (lastDot < 0 || LOCAL_TLDS.contains(domain.substring(lastDot + 1)) || isIpLiteral(domain)) {
            return false;
        }
        for (String d = domain; d != null; d = parent(d)) {
            if (publicMailDomains.contains(d)) {
                return false;
            }
            // Forges' private addresses (users.noreply.github.com, user.noreply.gitee.com, ...) hide the employer.
            if (d.startsWith("noreply.")) {
                return false;
            }
        }
        return true;
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
