package io.forgepulse.identity;

import com.google.common.net.InternetDomainName;

/**
 * The domain an organization registers, below its public suffix ({@code dhcp-7.corp.example.com} →
 * {@code example.com}, {@code mail.engines.co.uk} → {@code engines.co.uk}), from the Public Suffix List as Guava
 * ships it. Machine hostnames inside a company all collapse to the company's one domain.
 */
final class RegistrableDomain {

    private RegistrableDomain() {
    }

    /**
     * The registrable domain, or the domain itself when it has none (a bare public suffix, a name outside the
     * list such as {@code host.internal}); null for a null domain or one that is not a valid host name.
     */
    static String of(String domain) {
        if (domain == null) {
            return null;
        }
        try {
            InternetDomainName name = InternetDomainName.from(domain);
            return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : domain;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }
}
