package io.forgepulse.identity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What identity resolution needs to know about the world.
 *
 * @param domainOrganizations mail domain (lower case) to organization; a subdomain inherits its parent's
 * @param botNames names, logins or mail local parts (lower case) of known bots
 * @param publicMailDomains domains anyone can get a mailbox at: their users are unaffiliated
 */
public record IdentityRules(Map<String, String> domainOrganizations, Set<String> botNames, Set<String> publicMailDomains) {

    public IdentityRules {
        domainOrganizations = Map.copyOf(domainOrganizations);
        botNames = Set.copyOf(botNames);
        publicMailDomains = Set.copyOf(publicMailDomains);
    }

    public static IdentityRules defaults() {
        return new IdentityRules(Map.of(), Set.of("dependabot", "dependabot-preview", "renovate", "renovate-bot",
                "github-actions", "greenkeeper", "snyk-bot", "imgbot", "allcontributors", "all-contributors",
                "codecov", "mergify", "pre-commit-ci", "gitee-bot", "gitlab-bot", "k8s-ci-robot", "k8s-merge-robot",
                "copilot", "web-flow", "semantic-release-bot", "pyup-bot", "deepsource-autofix", "restyled-io",
                "whitesource-bolt-for-github", "mend-bolt-for-github", "stale", "netlify", "vercel", "sonarcloud",
                "coveralls", "travis-ci", "jenkins", "ci-bot", "bors", "homu", "azure-pipelines", "gitter-badger",
                "transifex-integration", "crowdin-bot", "weblate", "lgtm-com", "openeuler-ci-bot", "ti-chi-bot"),
                Set.of("gmail.com", "googlemail.com", "qq.com", "vip.qq.com", "foxmail.com", "163.com", "126.com",
                        "yeah.net", "sina.com", "sina.cn", "sohu.com", "aliyun.com", "139.com", "outlook.com",
                        "hotmail.com", "live.com", "msn.com", "yahoo.com", "yahoo.co.jp", "yahoo.co.uk", "ymail.com",
                        "icloud.com", "me.com", "mac.com", "aol.com", "mail.ru", "yandex.ru", "yandex.com", "ya.ru",
                        "protonmail.com", "proton.me", "pm.me", "gmx.de", "gmx.net", "gmx.com", "web.de", "t-online.de",
                        "posteo.de", "mailbox.org", "fastmail.com", "fastmail.fm", "hey.com", "zoho.com", "tutanota.com",
                        "naver.com", "hanmail.net", "daum.net", "rediffmail.com", "free.fr", "orange.fr", "laposte.net",
                        "libero.it", "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "users.noreply.github.com",
                        "users.noreply.gitlab.com", "noreply.gitee.com"));
    }

    /** Parses {@code example.com=Example Inc, corp.example.org=Example}; throws naming the entry that is wrong. */
    public static Map<String, String> parseDomainMap(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return map;
        }
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String domain = eq < 0 ? "" : entry.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String organization = eq < 0 ? "" : entry.substring(eq + 1).trim().replaceAll("\\s+", " ");
            if (domain.isEmpty() || organization.isEmpty() || !domain.matches("[a-z0-9.-]+\\.[a-z0-9-]+")) {
                throw new IllegalArgumentException("'" + entry.trim() + "' is not domain=Organization"
                        + " (e.g. redhat.com=Red Hat)");
            }
            map.put(domain, organization);
        }
        return map;
    }

    /** A copy with another domain map. */
    public IdentityRules withDomainOrganizations(Map<String, String> organizations) {
        return new IdentityRules(organizations, botNames, publicMailDomains);
    }
}
