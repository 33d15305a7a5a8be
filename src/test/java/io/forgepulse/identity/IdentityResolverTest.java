package io.forgepulse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Person;
import io.forgepulse.domain.Signature;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {

    private final IdentityResolver resolver = new IdentityResolver(IdentityRules.defaults());

    private static Alias git(String name, String email) {
        return new Alias(name, email, null, null, false);
    }

    private static Alias forge(String name, String email, String login) {
        return new Alias(name, email, login, null, false);
    }

    private static long distinctPersons(Map<Alias, Person> resolved) {
        return resolved.values().stream().distinct().count();
    }

    @Test
    void mergesAddressesThatDifferOnlyInCaseAndSpaces() {
        Alias a = git("Ada Lovelace", "Ada@Example.com");
        Alias b = git("Ada Lovelace", " ada@example.COM ");

        Map<Alias, Person> resolved = resolver.resolve(List.of(a, b));

        assertThat(resolved.get(a)).isSameAs(resolved.get(b));
        assertThat(resolved.get(a).emails()).containsExactly("ada@example.com");
        assertThat(resolved.get(a).key()).isEqualTo("ada@example.com");
    }

    @Test
    void mergesOnForgeLoginRegardlessOfCase() {
        Alias profile = forge("Ada", "ada@example.com", "AdaL");
        Alias issueAuthor = Alias.ofLogin("adal", false);

        Map<Alias, Person> resolved = resolver.resolve(List.of(profile, issueAuthor));

        Person ada = resolved.get(issueAuthor);
        assertThat(ada).isSameAs(resolved.get(profile));
        assertThat(ada.logins()).containsExactly("AdaL");
        assertThat(ada.key()).isEqualTo("@adal");
    }

    @Test
    void mergesGithubNoreplyAddressWithoutIdOntoTheLogin() {
        Alias commit = git("Ada", "adal@users.noreply.github.com");
        Alias account = Alias.ofLogin("AdaL", false);

        Map<Alias, Person> resolved = resolver.resolve(List.of(commit, account));

        assertThat(resolved.get(commit)).isSameAs(resolved.get(account));
        assertThat(resolved.get(commit).logins()).containsExactly("AdaL");
    }

    @Test
    void mergesGithubNoreplyAddressWithIdOntoTheLoginAndOtherAddresses() {
        Alias noreply = git("Ada", "1234567+AdaL@users.noreply.github.com");
        Alias legacyNoreply = git("Ada", "adal@users.noreply.github.com");
        Alias account = forge("Ada Lovelace", "ada@example.com", "adal");

        Map<Alias, Person> resolved = resolver.resolve(List.of(noreply, legacyNoreply, account));

        assertThat(distinctPersons(resolved)).isEqualTo(1);
        assertThat(resolved.get(noreply).emails()).containsExactly(
                "1234567+adal@users.noreply.github.com", "ada@example.com", "adal@users.noreply.github.com");
    }

    @Test
    void noreplyAddressesOfTwoLoginsStayTwoPeople() {
        Alias ada = git("Ada", "1+ada@users.noreply.github.com");
        Alias bob = git("Ada", "2+bob@users.noreply.github.com");

        assertThat(distinctPersons(resolver.resolve(List.of(ada, bob)))).isEqualTo(2);
    }

    @Test
    void mergesTheSameFullNameFoldingCaseAndAccents() {
        Alias london = git("José Smith", "john@london.example.org");
        Alias boston = git("jose  SMITH", "jsmith@boston.example.net");
        Alias forgeJohn = forge("Jose Smith", null, "jsmith-gh");

        Map<Alias, Person> resolved = resolver.resolve(List.of(london, boston, forgeJohn, london));

        assertThat(distinctPersons(resolved)).isEqualTo(1);
        assertThat(resolved.get(boston).name()).isEqualTo("José Smith");
    }

    @Test
    void neverMergesOnAOneWordName() {
        Alias a = git("john", "john@london.example.org");
        Alias b = git("John", "jsmith@boston.example.net");

        assertThat(distinctPersons(resolver.resolve(List.of(a, b)))).isEqualTo(2);
    }

    @Test
    void theIdentitiesFileMergesSplitsNamesAndEnrols() {
        OperatorIdentities file = OperatorIdentities.parse("""
                # two John Smiths, kept apart; one of them also writes from a laptop
                person: John Smith (London)
                alias: john@london.example.org
                alias: JS@laptop.home
                enrol: Acme 2020-01-01..2020-12-31
                split: jsmith@boston.example.net
                """);
        IdentityResolver withFile = new IdentityResolver(IdentityRules.defaults().withOperator(file));
        Alias london = git("John Smith", "john@london.example.org");
        Alias laptop = git("js", "js@laptop.home");
        Alias boston = git("John Smith", "jsmith@boston.example.net");

        Map<Alias, Person> resolved = withFile.resolve(List.of(london, laptop, boston));

        assertThat(resolved.get(laptop)).isSameAs(resolved.get(london));
        assertThat(resolved.get(boston)).isNotSameAs(resolved.get(london));
        assertThat(resolved.get(london).name()).isEqualTo("John Smith (London)");
        assertThat(withFile.organizationAt(resolved.get(london), java.time.Instant.parse("2020-06-01T00:00:00Z"))).isEqualTo("Acme");
        assertThat(withFile.organizationAt(resolved.get(london), java.time.Instant.parse("2021-01-01T00:00:00Z")))
                .isEqualTo(resolved.get(london).organization());
    }

    @Test
    void reviewListsMergesWithTheirRulesAndCandidatesNotMade() {
        Alias a = git("Ada Lovelace", "ada@engines.com");
        Alias b = git("ada lovelace", "ada@laptop.home");
        Alias c = forge("Ada", "ada@engines.com", "adal");
        Alias d = git("bob", "bobby@one.example.org");
        Alias e = git("Bob", "bobby@two.example.net");

        MergeReview review = resolver.review(List.of(a, b, c, d, e));

        assertThat(review.merges()).singleElement().satisfies(m -> {
            assertThat(m.aliases()).containsExactlyInAnyOrder("Ada Lovelace <ada@engines.com>", "ada lovelace <ada@laptop.home>",
                    "Ada <ada@engines.com>");
            assertThat(m.rules()).containsExactly("address", "name");
        });
        assertThat(review.candidates()).extracting(MergeReview.Candidate::reason)
                .containsExactly("both use the address name 'bobby' and the name 'bob'");
        assertThat(review.candidates().get(0).confirmWith()).contains("alias: bobby@one.example.org", "alias: bobby@two.example.net");
    }

    @Test
    void aBadIdentitiesFileNamesTheLine() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> OperatorIdentities.parse("person: A\nalias: a@x.org\nenrol: Acme 2021-01-01..2020-01-01\n"))
                .withMessageContaining("line 3");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> OperatorIdentities.parse("person: A\nalias: a@x.org\nperson: B\nalias: A@X.org\n"))
                .withMessageContaining("line 4").withMessageContaining("another person");
    }

    @Test
    void mergesTransitivelyAcrossMailAndLogin() {
        Alias a = git("Ada", "ada@home.example.org");
        Alias b = forge("Ada Lovelace", "ADA@home.example.org", "adal");
        Alias c = new Alias("Ada L.", "ada@work.example.com", "AdaL", null, false);
        Alias stranger = git("Ada", "ada@elsewhere.example.com");

        Map<Alias, Person> resolved = resolver.resolve(List.of(a, b, c, stranger));

        assertThat(resolved.get(a)).isSameAs(resolved.get(b)).isSameAs(resolved.get(c));
        assertThat(resolved.get(stranger)).isNotSameAs(resolved.get(a));
        assertThat(resolved.get(a).emails()).containsExactly("ada@home.example.org", "ada@work.example.com");
    }

    @Test
    void mergesTransitivelyWhenTheLinkingAliasArrivesLast() {
        Alias a = git("Ada", "ada@home.example.org");
        Alias c = Alias.ofLogin("adal", false);
        Alias link = forge("Ada", "ada@home.example.org", "adal");

        assertThat(distinctPersons(resolver.resolve(List.of(a, c, link)))).isEqualTo(1);
    }

    @Test
    void keyIsTheSmallestIdentifierAndIgnoresInputOrder() {
        List<Alias> aliases = new ArrayList<>(List.of(
                git("Ada", "zed@example.org"),
                forge("Ada", "zed@example.org", "Zed"),
                git("Ada", "ada@example.org"),
                forge("Ada", "ada@example.org", "Zed")));

        Person forward = resolver.resolve(aliases).get(aliases.get(0));
        Collections.reverse(aliases);
        Person backward = resolver.resolve(aliases).get(aliases.get(0));

        assertThat(forward.key()).isEqualTo("@zed");
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void keyFallsBackToTheNameWhenThereIsNeitherAddressNorLogin() {
        Alias anonymous = git("Ada", "");

        Person person = resolver.resolve(List.of(anonymous)).get(anonymous);

        assertThat(person.key()).isEqualTo("name:ada");
        assertThat(person.emails()).isEmpty();
    }

    @Test
    void blankAddressesDoNotMergeAnyone() {
        Alias ada = git("Ada", "");
        Alias bob = git("Bob", "  ");

        assertThat(distinctPersons(resolver.resolve(List.of(ada, bob)))).isEqualTo(2);
    }

    @Test
    void nameIsTheMostFrequentCountingDuplicates() {
        Alias shortName = git("ada", "ada@example.org");
        Alias fullName = git("Ada Lovelace", "ada@example.org");

        Person person = resolver.resolve(List.of(shortName, fullName, fullName, shortName, fullName)).get(shortName);

        assertThat(person.name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void nameTieGoesToTheLexicographicallySmallest() {
        Alias lower = git("ada lovelace", "ada@example.org");
        Alias upper = git("Ada Lovelace", "ada@example.org");

        assertThat(resolver.resolve(List.of(lower, upper)).get(lower).name()).isEqualTo("Ada Lovelace");
        assertThat(resolver.resolve(List.of(upper, lower)).get(lower).name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void nameFallsBackToTheLoginWhenNoAliasHasOne() {
        Alias issueAuthor = Alias.ofLogin("AdaL", false);

        assertThat(resolver.resolve(List.of(issueAuthor)).get(issueAuthor).name()).isEqualTo("AdaL");
    }

    @Test
    void commitAuthorsAreLookedUpWithTheAliasBuiltFromTheirSignature() {
        Signature author = new Signature("Ada", "ada@example.org", OffsetDateTime.parse("2024-05-01T10:00:00+02:00"));
        Signature sameAuthorLater = new Signature("Ada", "ada@example.org", OffsetDateTime.parse("2024-06-01T10:00:00Z"));

        Map<Alias, Person> resolved = resolver.resolve(List.of(Alias.of(author)));

        assertThat(resolved.get(Alias.of(sameAuthorLater))).isNotNull();
        assertThat(resolved.get(Alias.of(sameAuthorLater)).key()).isEqualTo("ada@example.org");
    }

    @Test
    void everyDistinctAliasIsInTheResult() {
        Alias a = git("Ada", "ada@example.org");
        Alias b = git("Bob", "bob@example.org");

        Map<Alias, Person> resolved = resolver.resolve(List.of(a, b, a));

        assertThat(resolved).containsOnlyKeys(a, b);
        assertThat(resolver.resolve(new HashSet<>(List.of(a, b)))).containsOnlyKeys(a, b);
        assertThat(resolver.resolve(List.of())).isEmpty();
    }
}
