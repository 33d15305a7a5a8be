package io.forgepulse.identity;

/**
 * GitHub's private commit addresses, {@code login@users.noreply.github.com} and (since 2017)
 * {@code ID+login@users.noreply.github.com}. They name the account that made the commit, so they let a
 * plain git author be merged with the forge login seen on issues and pull requests.
 */
final class NoreplyAddress {

    static final String GITHUB_DOMAIN = "users.noreply.github.com";

    private NoreplyAddress() {
    }

    /** The login the address stands for, lower-cased, or null when it is not a GitHub noreply address. */
    static String githubLogin(EmailAddress address) {
        if (address == null || !GITHUB_DOMAIN.equals(address.domain())) {
            return null;
        }
        String local = address.localPart();
        int plus = local.indexOf('+');
        // The ID prefix is all digits; a '+' elsewhere is not GitHub's form, so keep the whole local part.
        if (plus > 0 && local.substring(0, plus).chars().allMatch(Character::isDigit)) {
            local = local.substring(plus + 1);
        }
        return local.isEmpty() ? null : local;
    }
}
