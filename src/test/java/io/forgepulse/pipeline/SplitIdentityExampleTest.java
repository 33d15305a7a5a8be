package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.domain.Signature;
import io.forgepulse.identity.Alias;
import io.forgepulse.identity.IdentityResolver;
import io.forgepulse.identity.IdentityRules;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.scoring.ScoringRules;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/scoring.md 10.5: one person with four addresses, counted by hand (the mailmap already applied). */
class SplitIdentityExampleTest {

    private static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");

    @Test
    void handCountsOfTheWorkedExample() {
        List<Commit> commits = new ArrayList<>();
        add(commits, "Jane Doe", "jane@example.org", 8 + 3); // 3 of them were jd@laptop.home, renamed by .mailmap
        add(commits, "jane doe", "jane@dhcp-7.corp.acme.com", 3);
        add(commits, "Bob Roe", "bob@acme.com", 2);
        add(commits, "Carol Chen", "carol@apache.org", 2);
        add(commits, "Dan", "dan@danhome.net", 1);
        add(commits, "StepSecurity Bot", "bot@stepsecurity.io", 1);
        IdentityResolver resolver = new IdentityResolver(IdentityRules.defaults());
        Map<Alias, Person> people = resolver.resolve(commits.stream().map(c -> Alias.of(c.author())).toList());
        List<AttributedCommit> attributed = commits.stream().map(c -> new AttributedCommit(c, people.get(Alias.of(c.author())))).toList();
        ProjectHistory history = new ProjectHistory(ProjectId.parse("git:split"), null, attributed, List.of(), List.of(),
                List.of(), List.of(), List.of(), false);

        ScoreCard card = ScoreCardCalculator.calculate(history, NOW, ScoringRules.defaults());

        assertThat(people.values().stream().filter(p -> !p.bot()).distinct().count()).isEqualTo(4);
        assertThat(people.get(Alias.of(commits.get(0).author())).organization()).isEqualTo("acme.com");
        assertThat(card.measures()).containsEntry("commits_365d", 19.0).containsEntry("bus_factor", 1.0)
                .containsEntry("elephant_factor", 1.0);
        assertThat(card.decisionMode()).isEqualTo("founder-led");
        assertThat(card.criterion("LEG.CORE").orElseThrow().value()).isEqualTo("4");
    }

    private static void add(List<Commit> commits, String name, String email, int n) {
        for (int i = 0; i < n; i++) {
            OffsetDateTime when = OffsetDateTime.ofInstant(NOW.minusSeconds(86_400L * (10 + commits.size())), ZoneOffset.UTC);
            Signature who = new Signature(name, email, when);
            commits.add(new Commit(String.format("%040x", commits.size() + 1), who, who, 1, 1, 0, List.of(), false));
        }
    }
}
