package io.forgepulse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Person;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BotDetectionTest {

    private final IdentityResolver resolver = new IdentityResolver(IdentityRules.defaults());

    private boolean isBot(Alias alias) {
        return resolver.resolve(List.of(alias)).get(alias).bot();
    }

    static List<Alias> bots() {
        return List.of(
                Alias.ofLogin("some-app[bot]", false),                                            // login suffix
                Alias.ofLogin("acme-automation", true),                                           // forge type Bot
                new Alias("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", null, null, false),
                new Alias("Someone", "41898282+github-actions[bot]@users.noreply.github.com", null, null, false),
                new Alias("Renovate Bot", "bot@renovateapp.com", null, null, false),             // name, spaces as dashes
                new Alias("GitHub Actions", "actions@example.org", null, null, false),
                new Alias("ci", "dependabot@example.org", null, null, false),                    // address local part
                new Alias("Auto", "x@example.org", "K8S-CI-Robot", null, false),                  // login in the list
                new Alias("snyk-bot[bot]", "s@example.org", null, null, false),                  // name[bot]
                new Alias("helper", "helper[bot]@example.org", null, null, false),
                new Alias("StepSecurity Bot", "bot@stepsecurity.io", null, null, false),          // last word "Bot"
                new Alias("Auto", "x@example.org", "openeuler-ci-robot", null, false),            // *-robot login
                new Alias("Auto", "x@example.org", "release-bot", null, false));                  // *-bot login
    }

    @ParameterizedTest
    @MethodSource("bots")
    void recognizesBots(Alias alias) {
        assertThat(isBot(alias)).isTrue();
    }

    @Test
    void humansWhoseNamesMerelyContainBotAreNotBots() {
        assertThat(isBot(new Alias("Robert Bottom", "robot@example.org", "abbott", null, false))).isFalse();
        assertThat(isBot(new Alias("Renovate Fan", "renovate-fan@example.org", null, null, false))).isFalse();
        assertThat(isBot(new Alias("Ada Talbot", "abbot@example.org", "robotics", null, false))).isFalse();
    }

    @Test
    void aPersonWithOneBotAliasIsABot() {
        Alias human = new Alias("CI", "ci@example.org", null, null, false);
        Alias botAccount = new Alias("CI", "ci@example.org", "ci-runner", null, true);

        Map<Alias, Person> resolved = resolver.resolve(List.of(human, botAccount));

        assertThat(resolved.get(human).bot()).isTrue();
    }

    @Test
    void configuredBotNamesReplaceTheDefaults() {
        IdentityResolver custom = new IdentityResolver(IdentityRules.defaults().withBotNames(Set.of("Release-Train")));
        Alias train = new Alias("release-train", "rt@example.org", null, null, false);
        Alias dependabot = new Alias("dependabot", "d@example.org", null, null, false);

        assertThat(custom.resolve(List.of(train)).get(train).bot()).isTrue();
        assertThat(custom.resolve(List.of(dependabot)).get(dependabot).bot()).isFalse();
    }
}
