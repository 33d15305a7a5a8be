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

    /**
     * The organization of the person the aliases make, in a project where a colleague shares each of their
     * domains (a domain only one person uses is personal, see {@link #aDomainOnlyOnePersonUsesIsPersonal}).
     */
    private String organizationOf(Alias... aliases) {
        return withColleagues(resolver, aliases).get(aliases[0]).organization();
    }

    private static Map<Alias, Person> withColleagues(IdentityResolver resolver, Alias... aliases) {
        List<Alias> all = new java.util.ArrayList<>(List.of(aliases));
        for (Alias a : aliases) {
            if (a.email() != null && a.email().contains("@")) {
                all.add(new Alias("Colleague", "colleague@" + a.email().substring(a.email().indexOf('@') + 1), null, null, false));
            }
        }
        return resolver.resolve(all);
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

        Person ada = withColleagues(resolver, old, current, current, current, link).get(old);

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

        assertThat(withColleagues(custom, student).get(student).organization()).isNull();
        assertThat(withColleagues(custom, gmail).get(gmail).organization()).isEqualTo("gmail.com");
    }

    @Test
    void machineHostnamesCollapseToTheRegistrableDomain() {
        Alias desk = git("ada@dhcp-12.corp.engines.com");
        Alias laptop = git("bob@laptop.mail.engines.com");
        Alias uk = git("cy@mail.engines.co.uk");
        Alias ukColleague = git("di@engines.co.uk");

        Map<Alias, Person> people = resolver.resolve(List.of(desk, laptop, uk, ukColleague));

        assertThat(people.get(desk).organization()).isEqualTo("engines.com");
        assertThat(people.get(laptop).organization()).isEqualTo("engines.com");
        assertThat(people.get(uk).organization()).isEqualTo("engines.co.uk");
    }

    @Test
    void aDomainOnlyOnePersonUsesIsPersonal() {
        Alias own = new Alias("Ada Lovelace", "ada@lovelace.name", null, null, false);
        Alias ownLaptop = new Alias("Ada Lovelace", "ada@laptop.lovelace.name", null, null, false);
        Alias colleagueA = new Alias("Bob", "bob@engines.com", null, null, false);
        Alias colleagueB = new Alias("Cy", "cy@engines.com", null, null, false);

        Map<Alias, Person> people = resolver.resolve(List.of(own, ownLaptop, colleagueA, colleagueB));

        assertThat(people.get(own).organization()).isNull();
        assertThat(people.get(colleagueA).organization()).isEqualTo("engines.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@apache.org", "ada@eclipse.org", "ada@people.apache.org"})
    void foundationAddressesAreARoleNotAnEmployer(String email) {
        Person ada = organizationPerson(git(email));

        assertThat(ada.organization()).isNull();
        assertThat(ada.foundation()).isIn("apache.org", "eclipse.org");
    }

    private Person organizationPerson(Alias alias) {
        return withColleagues(resolver, alias).get(alias);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@qq.com", "ada@163.com", "ada@126.com", "ada@foxmail.com", "ada@sina.com", "ada@yeah.net"})
    void chineseMailProvidersAreUnaffiliated(String email) {
        assertThat(organizationOf(git(email))).isNull();
    }

    @Test
    void shippedMapNamesWellKnownCompaniesAndTheOperatorOverridesIt() {
        IdentityResolver shipped = new IdentityResolver(IdentityRules.defaults());
        IdentityResolver overridden = new IdentityResolver(IdentityRules.defaults()
                .withDomainOrganizations(IdentityRules.shippedOrganizationsWith(Map.of("redhat.com", "IBM"))));
        Alias ada = git("ada@redhat.com");
        Alias bob = git("bob@de.redhat.com");

        assertThat(shipped.resolve(List.of(ada)).get(ada).organization()).isEqualTo("Red Hat");
        assertThat(shipped.resolve(List.of(bob)).get(bob).organization()).isEqualTo("Red Hat");
        assertThat(overridden.resolve(List.of(ada)).get(ada).organization()).isEqualTo("IBM");
    }

    @Test
    void githubNoreplyAddressesAreNotGithubEmployees() {
        IdentityResolver shipped = new IdentityResolver(IdentityRules.defaults());
        Alias noreply = git("1+ada@users.noreply.github.com");

        assertThat(shipped.resolve(List.of(noreply)).get(noreply).organization()).isNull();
    }
}
