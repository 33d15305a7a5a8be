package io.forgepulse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Person;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationTest {

    private final IdentityRules rules = IdentityRules.defaults().withDomainOrganizations(Map.of(
            "example.com", "Example Inc",
            "Corp.Example.org", "Example Corp",
            "example.org", "Example Foundation"));
    private final IdentityResolver resolver = new IdentityResolver(rules);

    private String organizationOf(Alias... aliases) {
        return resolver.resolve(List.of(aliases)).get(aliases[0]).organization();
    }

    private static Alias git(String email) {
        return new Alias("Someone", email, null, null, false);
    }

    @Test
    void mappedDomainGivesItsOrganization() {
        assertThat(organizationOf(git("ada@example.com"))).isEqualTo("Example Inc");
    }

    @Test
    void subdomainsUseTheMostSpecificMapping() {
        assertThat(organizationOf(git("ada@eu.mail.example.com"))).isEqualTo("Example Inc");
        assertThat(organizationOf(git("ada@dev.corp.example.org"))).isEqualTo("Example Corp");
        assertThat(organizationOf(git("ada@example.org"))).isEqualTo("Example Foundation");
        assertThat(organizationOf(git("ada@notexample.com"))).isEqualTo("notexample.com");
    }

    @Test
    void companyFieldComesNextNormalized() {
        Alias alias = new Alias("Ada", "ada@gmail.com", "adal", "  @Analytical   Engines ", false);

        assertThat(organizationOf(alias)).isEqualTo("Analytical Engines");
    }

    @Test
    void domainMapBeatsTheCompanyField() {
        Alias alias = new Alias("Ada", "ada@example.com", "adal", "Self-employed", false);

        assertThat(organizationOf(alias)).isEqualTo("Example Inc");
    }

    @Test
    void unmappedCorporateDomainIsTheOrganization() {
        assertThat(organizationOf(git("ada@Engines.CO.uk"))).isEqualTo("engines.co.uk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@gmail.com", "ada@QQ.com", "ada@163.com", "ada@outlook.com", "ada@vip.qq.com",
            "1+ada@users.noreply.github.com", "1-ada@users.noreply.gitlab.com", "ada@localhost",
            "ada@laptop.local", "ada@laptop.(none)", "ada@mbp", "ada@127.0.0.1", "noreply@engines.com", "", "ada"})
    void publicNoreplyAndLocalDomainsAreUnaffiliated(String email) {
        assertThat(organizationOf(git(email))).isNull();
    }

    @Test
    void strongerSourceWinsOverMoreAliases() {
        Alias mapped = new Alias("Ada", "ada@example.com", "adal", null, false);
        Alias company = new Alias("Ada", "ada@engines.com", "adal", "Engines", false);

        assertThat(organizationOf(company, company, company, mapped)).isEqualTo("Example Inc");
    }

    @Test
    void companyBeatsMailDomain() {
        Alias domainOnly = new Alias("Ada", "ada@engines.com", null, null, false);
        Alias company = new Alias("Ada", null, "adal", "Engines Ltd", false);
        Alias link = new Alias("Ada", "ada@engines.com", "adal", null, false);

        assertThat(organizationOf(domainOnly, domainOnly, link, company)).isEqualTo("Engines Ltd");
    }

    @Test
    void withinOneSourceTheOrganizationMostAliasesGiveWins() {
        Alias old = git("ada@old-employer.com");
        Alias current = new Alias("Ada", "ada@new-employer.com", "adal", null, false);
        Alias link = new Alias("Ada", "ada@old-employer.com", "adal", null, false);

        Person ada = resolver.resolve(List.of(old, current, current, current, link)).get(old);

        assertThat(ada.organization()).isEqualTo("new-employer.com");
    }

    @Test
    void unaffiliatedAliasesDoNotHideAnAffiliatedOne() {
        Alias personal = new Alias("Ada", "ada@gmail.com", "adal", null, false);
        Alias work = new Alias("Ada", "ada@engines.com", "adal", null, false);

        assertThat(organizationOf(personal, personal, personal, work)).isEqualTo("engines.com");
    }

    @Test
    void configuredPublicDomainsReplaceTheDefaults() {
        IdentityResolver custom = new IdentityResolver(IdentityRules.defaults().withPublicMailDomains(Set.of("Campus.edu")));
        Alias student = git("ada@cs.campus.edu");
        Alias gmail = git("ada@gmail.com");

        assertThat(custom.resolve(List.of(student)).get(student).organization()).isNull();
        assertThat(custom.resolve(List.of(gmail)).get(gmail).organization()).isEqualTo("gmail.com");
    }
}
