package io.forgepulse.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An alias's organization, by precedence: the configured domain map (on the mail domain or a parent domain),
 * then the forge profile's company field, then the mail domain itself unless it is a public or non-routable one.
 */
final class Affiliation {

    /** Where an organization came from; the lower the ordinal, the stronger the evidence. */
    enum Source {
        DOMAIN_MAP,
        COMPANY,
        MAIL_DOMAIN
    }

    /** An organization and the evidence behind it. */
    record Found(String organization, Source source) {
    }

    private final Map<String, String> domainOrganizations;
    private final Set<String> publicMailDomains;

    Affiliation(IdentityRules rules) {
        this.domainOrganizations = rules.domainOrganizations();
        this.publicMailDomains = rules.publicMailDomains();
    }

    Optional<Found> of(Alias alias) {
        String domain = domain(alias.email());
        if (domain != null) {
            for (String d = domain; d.contains("."); d = d.substring(d.indexOf('.') + 1)) {
                String organization = domainOrganizations.get(d);
                if (organization != null) {
                    return Optional.of(new Found(organization, Source.DOMAIN_MAP));
                }
            }
        }
        if (alias.company() != null) {
            String company = alias.company().trim().replaceFirst("^@", "").replaceAll("\\s+", " ");
            if (!company.isEmpty()) {
                return Optional.of(new Found(company, Source.COMPANY));
            }
        }
        if (domain != null && isOrganizational(domain)) {
            return Optional.of(new Found(domain, Source.MAIL_DOMAIN));
        }
        return Optional.empty();
    }

    private boolean isOrganizational(String domain) {
        if (!domain.contains(".") || domain.endsWith(".local") || domain.endsWith(".localdomain")
                || domain.endsWith(".invalid") || domain.equals("localhost")
                || domain.contains("noreply") || domain.matches("[0-9.]+")) {
            return false;
        }
        for (String d = domain; d.contains("."); d = d.substring(d.indexOf('.') + 1)) {
            if (publicMailDomains.contains(d)) {
                return false;
            }
        }
        return true;
    }

    private static String domain(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 0 || at == email.length() - 1) {
            return null;
        }
        return email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    }
}
