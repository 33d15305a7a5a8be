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
 * bots, which mail domains say nothing about an affiliation, which are a foundation's, and what the operator's
 * identities file says. Domains and bot names are compared case-insensitively, so the constructor stores them
 * lower-cased and trimmed.
 *
 * @param domainOrganizations mail domain to organization; a domain also covers its subdomains
 * @param botNames names, logins or e-mail local parts of bot accounts
 * @param publicMailDomains domains anyone can get an address at (and their subdomains): unaffiliated
 * @param foundationDomains domains a foundation gives its committers (apache.org, ...): a project role, not an employer
 * @param operator the operator's identities file (merges, splits, enrolments)
 */
public record IdentityRules(Map<String, String> domainOrganizations, Set<String> botNames, Set<String> publicMailDomains,
        Set<String> foundationDomains, OperatorIdentities operator) {

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
            "bors", "bors-ng", "homu", "weblate", "transifex-integration", "crowdin-bot", "stepsecurity-bot",
            "step-security-bot", "jenkins", "travis-ci", "circleci", "azure-pipelines", "sonatype-lift", "lgtm-com");

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
            "sina.com", "sina.cn", "sohu.com", "aliyun.com", "tom.com", "21cn.com", "vip.163.com", "vip.126.com",
            "vip.sina.com", "188.com", "wo.cn", "outlook.cn",
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

    /**
     * Software foundations' own domains. A committer's {@code name@apache.org} says they are a member of an Apache
     * project, not who pays them.
     */
    private static final Set<String> DEFAULT_FOUNDATION_DOMAINS = Set.of(
            "apache.org", "eclipse.org", "eclipse-foundation.org", "linuxfoundation.org", "cncf.io", "lfx.dev",
            "openjsf.org", "python.org", "gnome.org", "kde.org", "freebsd.org", "openbsd.org", "netbsd.org",
            "debian.org", "gnu.org", "fsf.org", "kernel.org", "freedesktop.org", "openinfra.dev", "openstack.org",
            "osgeo.org", "x.org", "php.net", "perl.org", "rust-lang.org", "openatom.org", "openatom.cn",
            "mozilla.org", "opensource.org", "sfconservancy.org", "numfocus.org", "opencollective.com");

    /** Keeps the earlier defaults' shape: no foundations of its own and no identities file. */
    public IdentityRules(Map<String, String> domainOrganizations, Set<String> botNames, Set<String> publicMailDomains) {
        this(domainOrganizations, botNames, publicMailDomains, DEFAULT_FOUNDATION_DOMAINS, OperatorIdentities.NONE);
    }

    public IdentityRules {
        foundationDomains = foundationDomains.stream().map(IdentityRules::normalize).collect(Collectors.toUnmodifiableSet());
        operator = operator == null ? OperatorIdentities.NONE : operator;
        domainOrganizations = domainOrganizations.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> normalize(e.getKey()), e -> e.getValue().trim(), (a, b) -> {
                    // "Example.com" and "example.com" are one domain; two organizations for it is a mistake.
                    throw new IllegalArgumentException("a domain is mapped to both '" + a + "' and '" + b + "'");
                }));
        botNames = botNames.stream().map(IdentityRules::normalize).collect(Collectors.toUnmodifiableSet());
        publicMailDomains = publicMailDomains.stream().map(IdentityRules::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The built-in bot names, public mail domains and foundation domains, the shipped map of well-known
     * companies' domains ({@link #shippedOrganizations()}), and no identities file.
     */
    public static IdentityRules defaults() {
        return new IdentityRules(shippedOrganizations(), DEFAULT_BOT_NAMES, DEFAULT_PUBLIC_MAIL_DOMAINS,
                DEFAULT_FOUNDATION_DOMAINS, OperatorIdentities.NONE);
    }

    /**
     * The shipped map of well-known companies' mail domains (resource {@code known-organizations.txt} beside this
     * class, one {@code domain=Organization} a line), so that {@code redhat.com} and {@code redhat.de} are one
     * "Red Hat". Configured entries override it domain by domain.
     */
    public static Map<String, String> shippedOrganizations() {
        try (var in = IdentityRules.class.getResourceAsStream("known-organizations.txt")) {
            if (in == null) {
                throw new IllegalStateException("known-organizations.txt is missing from the build");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return parseDomainMap(String.join(",", text.lines().map(l -> l.replaceAll("#.*", "").strip())
                    .filter(l -> !l.isEmpty()).toList()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The shipped map with {@code configured} laid over it: a configured domain wins. */
    public static Map<String, String> shippedOrganizationsWith(Map<String, String> configured) {
        Map<String, String> merged = new LinkedHashMap<>(shippedOrganizations());
        configured.forEach((domain, organization) -> merged.put(normalize(domain), organization));
        return merged;
    }

    public IdentityRules withDomainOrganizations(Map<String, String> map) {
        return new IdentityRules(map, botNames, publicMailDomains, foundationDomains, operator);
    }

    public IdentityRules withBotNames(Set<String> names) {
        return new IdentityRules(domainOrganizations, names, publicMailDomains, foundationDomains, operator);
    }

    public IdentityRules withPublicMailDomains(Set<String> domains) {
        return new IdentityRules(domainOrganizations, botNames, domains, foundationDomains, operator);
    }

    public IdentityRules withFoundationDomains(Set<String> domains) {
        return new IdentityRules(domainOrganizations, botNames, publicMailDomains, domains, operator);
    }

    public IdentityRules withOperator(OperatorIdentities identities) {
        return new IdentityRules(domainOrganizations, botNames, publicMailDomains, foundationDomains, identities);
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
