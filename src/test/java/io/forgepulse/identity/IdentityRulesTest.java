package io.forgepulse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityRulesTest {

    @Test
    void parsesTheConfigurationForm() {
        Map<String, String> map = IdentityRules.parseDomainMap(" example.com=Example Inc,  Corp.Example.org = Example ,");

        assertThat(map).containsExactly(Map.entry("example.com", "Example Inc"), Map.entry("corp.example.org", "Example"));
    }

    @Test
    void emptyConfigurationIsAnEmptyMap() {
        assertThat(IdentityRules.parseDomainMap("")).isEmpty();
        assertThat(IdentityRules.parseDomainMap(null)).isEmpty();
        assertThat(IdentityRules.parseDomainMap(" , ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "example.com=Example, acme.org                | acme.org",
            "example.com=Example, =Nobody                 | =Nobody",
            "example.com=Example, acme.org=               | acme.org=",
            "example.com=Example, acme org=Acme           | acme org=Acme",
            "example.com=Example, ada@acme.org=Acme       | ada@acme.org=Acme",
            "example.com=Example, EXAMPLE.com=Other       | EXAMPLE.com=Other"})
    void rejectsABadEntryNamingIt(String text, String badEntry) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> IdentityRules.parseDomainMap(text))
                .withMessageContaining("'" + badEntry + "'");
    }

    @Test
    void defaultsKnowCommonBotsPublicAndFoundationDomainsAndWellKnownCompanies() {
        IdentityRules rules = IdentityRules.defaults();

        assertThat(rules.botNames()).contains("dependabot", "renovate", "github-actions", "k8s-ci-robot", "gitee-bot");
        assertThat(rules.publicMailDomains()).contains("gmail.com", "qq.com", "163.com", "outlook.com", "users.noreply.github.com");
        assertThat(rules.foundationDomains()).contains("apache.org", "eclipse.org");
        assertThat(rules.domainOrganizations()).containsEntry("redhat.com", "Red Hat").containsEntry("alibaba-inc.com", "Alibaba");
    }

    @Test
    void storesDomainsAndBotNamesLowerCased() {
        IdentityRules rules = new IdentityRules(Map.of(" Example.COM ", " Example Inc "),
                Set.of("MyBot"), Set.of("Mail.Example"));

        assertThat(rules.domainOrganizations()).containsExactly(Map.entry("example.com", "Example Inc"));
        assertThat(rules.botNames()).containsExactly("mybot");
        assertThat(rules.publicMailDomains()).containsExactly("mail.example");
    }

    @Test
    void twoSpellingsOfOneDomainMappedDifferentlyAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IdentityRules(
                Map.of("example.com", "A", "EXAMPLE.com", "B"), Set.of(), Set.of()));
    }
}
