package io.forgepulse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgepulse.domain.Person;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {

    private final IdentityResolver resolver = new IdentityResolver(IdentityRules.defaults()
            .withDomainOrganizations(IdentityRules.parseDomainMap("redhat.com=Red Hat, apache.org=Apache")));

    private static Alias mail(String name, String email) {
        return new Alias(name, email, null, null, false);
    }

    @Test
    void mergesOnEmailWhateverItsCase() {
        Alias a = mail("Ann Lee", "ann@acme.org");
        Alias b = mail("A. Lee", "ANN@Acme.org ");
        Map<Alias, Person> people = resolver.resolve(List.of(a, b));
        assertThat(people.get(a)).isEqualTo(people.get(b));
        assertThat(people.get(a).emails()).containsExactly("ann@acme.org");
    }

    @Test
    void neverMergesOnNameAlone() {
        Alias a = mail("John Smith", "john@one.org");
        Alias b = mail("John Smith", "john@two.org");
        Map<Alias, Person> people = resolver.resolve(List.of(a, b));
        assertThat(people.get(a)).isNotEqualTo(people.get(b));
    }

    @Test
    void mergesGithubNoreplyAddressesWithAndWithoutIdOnTheLogin() {
        Alias plain = mail("octo", "octocat@users.noreply.github.com");
        Alias withId = mail("The Octocat", "583231+octocat@users.noreply.github.com");
        Alias forge = new Alias("Octo Cat", "octo@github.com", "OctoCat", "@github", false);
        Map<Alias, Person> people = resolver.resolve(List.of(plain, withId, forge));
        assertThat(people.values()).containsOnly(people.get(plain));
        assertThat(people.get(plain).logins()).containsExactly("octocat");
    }

    @Test
    void mergesTransitively() {
        Alias a = mail("Bo", "bo@home.net");
        Alias b = new Alias("Bo Chen", "bo@home.net", "bochen", null, false);
        Alias c = new Alias("Bo C.", "bo.chen@globex.com", "BoChen", null, false);
        Map<Alias, Person> people = resolver.resolve(List.of(a, b, c));
        assertThat(people.get(a)).isEqualTo(people.get(c));
        assertThat(people.get(a).emails()).containsExactly("bo.chen@globex.com", "bo@home.net");
    }

    @Test
    void keyIsStableAndNameIsTheMostFrequent() {
        Alias a = mail("Ann", "b@x.org");
        Alias b = mail("Ann Lee", "B@x.org");
        Alias c = mail("Ann Lee", "b@X.org");
        Person p = resolver.resolve(List.of(a, b, c)).get(a);
        assertThat(p.key()).isEqualTo("b@x.org");
        assertThat(p.name()).isEqualTo("Ann Lee");
    }

    @Test
    void detectsEveryKindOfBot() {
        assertThat(bot(mail("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"))).isTrue();
        assertThat(bot(new Alias("Renovate", "x@renovateapp.com", "renovate-bot", null, false))).isTrue();
        assertThat(bot(new Alias("CI", "ci@acme.org", "acme-ci", null, true))).isTrue();
        assertThat(bot(mail("GitHub Actions", "github-actions@github.com"))).isTrue();
        assertThat(bot(mail("Ann", "ann@acme.org"))).isFalse();
        assertThat(new IdentityResolver(new IdentityRules(Map.of(), java.util.Set.of("release-robot"), java.util.Set.of()))
                .resolve(List.of(mail("release-robot", "r@acme.org"))).values().iterator().next().bot()).isTrue();
    }

    @Test
    void organizationComesFromTheMapThenCompanyThenDomain() {
        assertThat(org(mail("A", "a@eng.redhat.com"))).isEqualTo("Red Hat");
        assertThat(org(new Alias("B", "b@gmail.com", "b", "@Globex  Corp", false))).isEqualTo("Globex Corp");
        assertThat(org(new Alias("B", "b@redhat.com", "b", "Globex", false))).isEqualTo("Red Hat");
        assertThat(org(mail("C", "c@initech.com"))).isEqualTo("initech.com");
        assertThat(org(mail("D", "d@gmail.com"))).isNull();
        assertThat(org(mail("E", "e@qq.com"))).isNull();
        assertThat(org(mail("F", "f@mail.ru"))).isNull();
        assertThat(org(mail("G", "g@localhost"))).isNull();
        assertThat(org(mail("H", "h@users.noreply.github.com"))).isNull();
    }

    @Test
    void aPersonsStrongestOrganizationWins() {
        Alias home = mail("Ann", "ann@gmail.com");
        Alias work = new Alias("Ann", "ann@gmail.com", "ann", null, false);
        Alias job = new Alias("Ann", "ann@initech.com", "ann", null, false);
        Alias mapped = new Alias("Ann", "ann@apache.org", "ann", null, false);
        assertThat(resolver.resolve(List.of(home, work, job)).get(home).organization()).isEqualTo("initech.com");
        assertThat(resolver.resolve(List.of(home, work, job, mapped)).get(home).organization()).isEqualTo("Apache");
    }

    @Test
    void domainMapErrorsNameTheEntry() {
        assertThat(IdentityRules.parseDomainMap(" a.com = A Inc ,b.org=B")).containsEntry("a.com", "A Inc")
                .containsEntry("b.org", "B");
        assertThatThrownBy(() -> IdentityRules.parseDomainMap("a.com=A, nonsense"))
                .hasMessageContaining("'nonsense'");
        assertThatThrownBy(() -> IdentityRules.parseDomainMap("=Empty")).hasMessageContaining("'=Empty'");
    }

    private boolean bot(Alias alias) {
        return resolver.resolve(List.of(alias)).get(alias).bot();
    }

    private String org(Alias alias) {
        return resolver.resolve(List.of(alias)).get(alias).organization();
    }
}
