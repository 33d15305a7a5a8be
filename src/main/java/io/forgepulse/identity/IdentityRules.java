package io.forgepulse.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Configuration of identity merging: which mail domains belong to which organization, which names are
 * bots, and which mail domains say nothing about an affiliation. Domains and bot names are compared
 * case-insensitively, so the constructor stores them lower-cased and trimmed.
 *
 * @param domainOrganizations mail domain to organization; a domain also covers its subdomains
 * @param botNames names, logins or e-mail local parts of bot accounts
 * @param publicMailDomains domains anyone can get an address at (and their subdomains): unaffiliated
 */
public record IdentityRules(Map<String, String> domainOrganizations, Set<String> botNames, Set<String> publicMailDomains) {

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");

    private static final Set<String> DEFAULT_BOT_NAMES = Set.of(
            "dependabot", "dependabot-preview", "renovate", "renovate-bot", "renovatebot",
            "github-actions", "github-actions-bot", "github-merge-queue", "web-flow",
            "greenkeeper", "greenkeeperio-bot", "snyk-bot", "imgbot", "imgbotapp",
            "allcontributors", "all-contributors", "codecov", "codecov-io", "codecov-commenter",
            "coveralls", "mergify", "mergifyio", "pre-commit-ci", "pyup-bot", "semantic-release-bot",
            "release-please", "deepsource-autofix", "sonarcloud", "sonarqubecloud", "copilot-swe-agent",
            "gitee-bot", "gitlab-bot", "ti-chi-bot", "ti-srebot", "k8s-ci-robot", "k8s-triage-robot",
            "k8s-merge-robot", "openshift-ci-robot", "openshift-merge-robot", "openshift-bot",
            "facebook-github-bot", "google-oss-bot", "copybara-service", "tensorflower-gardener",
            "bors", "bors-ng", "homu", "weblate", "transifex-integration", "crowdin-bot");

    private static final Set<String> DEFAULT_PUBLIC_MAIL_DOMAINS = Set.of(
            // international webmail
            "gmail.com", "googlemail.com", "outlook.com", "outlook.de", "outlook.fr", "hotmail.com",
            "hotmail.co.uk", "hotmail.de", "hotmail.fr", "hotmail.it", "live.com", "live.cn", "live.de",
            "live.fr", "live.co.uk", "msn.com", "yahoo.com", "yahoo.co.jp", "yahoo.co.uk", "yahoo.de",
            "yahoo.fr", "yahoo.com.cn", "yahoo.com.tw", "ymail.com", "rocketmail.com", "icloud.com", "me.com",
            "mac.com", "aol.com", "mail.com", "email.com", "zoho.com", "fastmail.com", "fastmail.fm",
            "hey.com", "hushmail.com", "protonmail.com", "protonmail.ch", "proton.me", "pm.me",
            "tutanota.com", "tuta.io", "disroot.org", "riseup.net",
            // China
            "qq.com", "vip.qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "139.com", "189.cn",
            "sina.com", "sina.cn", "sohu.com", "aliyun.com", "tom.com", "21cn.com",
            // Russia and neighbours
            "mail.ru", "inbox.ru", "list.ru", "bk.ru", "yandex.ru", "yandex.com", "ya.ru", "rambler.ru",
            "ukr.net", "i.ua",
            // Europe
            "gmx.de", "gmx.net", "gmx.com", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de",
            "posteo.de", "posteo.net", "mailbox.org", "free.fr", "orange.fr", "laposte.net", "wanadoo.fr",
            "sfr.fr", "libero.it", "virgilio.it", "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl",
            "btinternet.com",
            // Korea, Japan, India, Brazil, Americas, Oceania
            "naver.com", "hanmail.net", "daum.net", "nate.com", "rediffmail.com", "uol.com.br", "bol.com.br",
            "terra.com.br", "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net",
            "shaw.ca", "rogers.com", "sympatico.ca", "bigpond.com", "optusnet.com.au",
            // forges' private commit addresses
            NoreplyAddress.GITHUB_DOMAIN, "users.noreply.gitlab.com", "user.noreply.gitee.com");

    public IdentityRules {
        domainOrganizations = domainOrganizations.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> normalize(e.getKey()), e -> e.getValue().trim(), (a, b) -> {
                    // "Example.com" and "example.com" are one domain; two organizations for it is a mistake.
                    throw new IllegalArgumentException("a domain is mapped to both '" + a + "' and '" + b + "'");
                }));
        botNames = botNames.stream().map(IdentityRules::normalize).collect(Collectors.toUnmodifiableSet());
        publicMailDomains = publicMailDomains.stream().map(IdentityRules::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /** The built-in bot names and public mail domains, and no domain-organization mapping. */
    public static IdentityRules defaults() {
        return new IdentityRules(Map.of(), DEFAULT_BOT_NAMES, DEFAULT_PUBLIC_MAIL_DOMAINS);
    }

    public IdentityRules withDomainOrganizations(Map<String, String> map) {
        return new IdentityRules(map, botNames, publicMailDomains);
    }

    public IdentityRules withBotNames(Set<String> names) {
        return new IdentityRules(domainOrganizations, names, publicMailDomains);
    }

    public IdentityRules withPublicMailDomains(Set<String> domains) {
        return new IdentityRules(domainOrganizations, botNames, domains);
    }

    /**
     * Parses the configuration form {@code example.com=Example Inc, corp.example.org=Example}. Empty
     * entries (a trailing comma) are skipped; an organization name cannot contain a comma.
     *
     * @return the map in the order written; empty for a null or blank text
     * @throws IllegalArgumentException naming the entry that has no '=', a blank side, a malformed
     *         domain, or a domain given twice
     */
    public static Map<String, String> parseDomainMap(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        for (String rawEntry : text.split(",")) {
            String entry = rawEntry.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw badEntry(entry, "expected domain=Organization");
            }
            String domain = normalize(entry.substring(0, eq));
            String organization = entry.substring(eq + 1).trim().replaceAll("\\s+", " ");
            if (!DOMAIN.matcher(domain).matches()) {
                throw badEntry(entry, "'" + domain + "' is not a mail domain");
            }
            if (organization.isEmpty()) {
                throw badEntry(entry, "the organization is empty");
            }
            if (map.putIfAbsent(domain, organization) != null) {
                throw badEntry(entry, "domain '" + domain + "' is mapped twice");
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static IllegalArgumentException badEntry(String entry, String why) {
        return new IllegalArgumentException("bad domain-organization entry '" + entry + "': " + why);
    }

    private static String normalize(String key) {
        return key.trim().toLowerCase(Locale.ROOT);
    }
}
