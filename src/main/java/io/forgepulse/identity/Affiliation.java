package io.forgepulse.identity;

/**
 * An organization one alias points to, and how we know. The source ranks the evidence when a person's
 * aliases disagree: an operator's mapping beats what a person typed in a profile, which beats a guess
 * from a mail domain.
 */
record Affiliation(String organization, Source source) {

    /** In order of precedence: earlier constants win. */
    enum Source {
        DOMAIN_MAP,
        COMPANY,
        MAIL_DOMAIN
    }
}
