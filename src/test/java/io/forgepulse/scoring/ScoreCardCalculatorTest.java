package io.forgepulse.scoring;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.MaturityLevel;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ScoreCard;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.forgepulse.scoring.HistoryBuilder.NOW;
import static io.forgepulse.scoring.HistoryBuilder.daysAgo;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The assembled score card: every criterion present, plain git, an empty history, identities and bots. */
class ScoreCardCalculatorTest {

    private static Map<String, Criterion> byId(ScoreCard card) {
        return card.criteria().stream().collect(Collectors.toMap(Criterion::id, c -> c));
    }

    @Test
    void everyCriterionIsListedInOrder() {
        ScoreCard card = ScoreCardCalculator.calculate(WorkedExampleTest.widget(), NOW, null);
        List<String> expected = new ArrayList<>(MaturityScore.LEAVES);
        expected.addAll(List.of("activity.contributor_count", "activity.commit_frequency", "activity.updated_since",
                "activity.org_count", "activity.comment_frequency", "activity.code_review_count",
                "activity.updated_issues_count", "activity.recent_releases_count",
                "diversity.contributor_dependency", "diversity.organization_dependency", "diversity.active_contributors",
                "diversity.retention"));
        assertThat(card.criteria()).extracting(Criterion::id).containsExactlyElementsOf(expected);
        assertThat(card.criteria()).allSatisfy(c -> assertThat(c.evidence()).isNotBlank());
    }

    @Test
    void plainGitLeavesForgeOnlyCriteriaNull() {
        Person alice = person("alice", "acme");
        ScoreCard card = ScoreCardCalculator.calculate(HistoryBuilder.git()
                .file(FileKind.LICENSE, "LICENSE", 1000, "MIT")
                .commit(alice, daysAgo(2000)).commits(alice, 20, daysAgo(10)).commit(person("olga", "globex"), daysAgo(5))
                .release("v1.0.0", daysAgo(30)).build(), NOW, ScoringRules.defaults());
        Map<String, Criterion> c = byId(card);
        for (String id : List.of("LEG.POP", "ACT.RESP", "ACT.CLOSE", "DIV.REVIEW", "GOV.OWNER",
                "activity.comment_frequency", "activity.code_review_count", "activity.updated_issues_count")) {
            assertThat(c.get(id).score()).as(id).isNull();
        }
        assertThat(c.get("LEG.AGE").score()).as("first commit 2000 days ago").isEqualTo(2.0);
        assertThat(c.get("ACT.MAINT").score()).isEqualTo(2.0);
        assertThat(c.get("GOV.LICENSE").score()).isEqualTo(2.0);
        assertThat(card.activity().coverage()).isLessThan(1.0);
        assertThat(card.measures()).doesNotContainKey("activity_index_last_month")
                .containsEntry("bus_factor", 1.0)
                .containsEntry("elephant_factor", 1.0);
        assertThat(card.measures().get("external_share")).isEqualTo(1 / 21.0);
        assertThat(card.participationMode()).isEqualTo("cathedral");
        assertThat(card.decisionMode()).isEqualTo("founder-led");
        assertThat(card.licenseFamily()).isEqualTo("permissive");
    }

    @Test
    void aLevelRestingOnMissingForgeDataIsProvisional() {
        Person alice = person("alice", "acme");
        HistoryBuilder b = HistoryBuilder.git()
                .file(FileKind.LICENSE, "LICENSE", 1000, "MIT").file(FileKind.README, "README.md", 5000, null)
                .file(FileKind.DOCS_DIR, "docs", 0, daysAgo(3).toString())
                .file(FileKind.BUILD_DESCRIPTOR, "pom.xml").file(FileKind.BUILD_WRAPPER, "mvnw")
                .file(FileKind.TEST_DIR, "src/test").file(FileKind.CI_CONFIG, ".github/workflows/ci.yml")
                .file(FileKind.CHANGELOG, "CHANGELOG.md").file(FileKind.SECURITY, "SECURITY.md", 500, "contact,process")
                .file(FileKind.GOVERNANCE, "GOVERNANCE.md").file(FileKind.MAINTAINERS, "MAINTAINERS")
                .file(FileKind.CODE_OF_CONDUCT, "CODE_OF_CONDUCT.md")
                .commit(alice, daysAgo(2000));
        String[] orgs = {"acme", "globex", "initech", "umbrella"};
        for (int i = 0; i < 8; i++) {
            b.commits(person("p" + i, orgs[i % 4]), 2, daysAgo(10 + i));
        }
        b.release("v1.0.0", daysAgo(500)).release("v1.1.0", daysAgo(200)).release("v1.2.0", daysAgo(20));
        ScoreCard card = ScoreCardCalculator.calculate(b.build(), NOW, ScoringRules.defaults());
        assertThat(card.level()).isEqualTo(MaturityLevel.ADVANCED);
        assertThat(card.provisionalGates()).containsExactly("ACT.RESP", "DIV.REVIEW");
    }

    @Test
    void anEmptyHistoryIsNoDataRatherThanZero() {
        ScoreCard card = ScoreCardCalculator.calculate(HistoryBuilder.github().noSnapshot().build(), NOW, ScoringRules.defaults());
        assertThat(card.activity()).isEqualTo(AxisScore.NONE);
        assertThat(card.diversity()).isEqualTo(AxisScore.NONE);
        assertThat(card.maturity().coverage()).isLessThan(0.5);
        assertThat(card.level()).isEqualTo(MaturityLevel.INITIAL);
        assertThat(card.measures()).doesNotContainKeys("bus_factor", "elephant_factor", "top1_share", "active_contributors_90d");
        assertThat(card.licenseFamily()).isEqualTo("none");
        assertThat(card.criteria()).filteredOn(c -> c.id().contains(".") && !c.id().startsWith("activity.")
                && !c.id().startsWith("diversity.")).allSatisfy(c -> assertThat(c.score()).as(c.id()).isNull());
        assertThat(card.decisionMode()).isNull();
        assertThat(card.participationMode()).isNull();
    }

    @Test
    void anIssueAuthorWithCommitsIsOnePerson() {
        Person alice = new Person("alice@acme.example", "Alice", "acme", false, List.of("alice@acme.example"), List.of("AliceA"));
        ScoreCard card = ScoreCardCalculator.calculate(HistoryBuilder.github().commit(alice, daysAgo(3))
                .issue("1", "alicea", daysAgo(4), daysAgo(4), null, null)
                .comment("c", "1", "aliceA", daysAgo(4), false).build(), NOW, ScoringRules.defaults());
        assertThat(card.measures()).containsEntry("active_contributors_90d", 1.0);
    }

    @Test
    void peopleIdentityCallsBotsAreLeftOut() {
        Person robot = new Person("robot@example.org", "Release Robot", null, true, List.of("robot@example.org"), List.of());
        HistoryBuilder b = HistoryBuilder.git().commits(person("alice", null), 2, daysAgo(3)).commits(robot, 5, daysAgo(3));
        ScoreCard card = ScoreCardCalculator.calculate(b.build(), NOW, ScoringRules.defaults());
        assertThat(card.measures()).containsEntry("commits_365d", 2.0).containsEntry("active_contributors_90d", 1.0);
    }

    @Test
    void inputsAreRequired() {
        assertThatThrownBy(() -> ScoreCardCalculator.calculate(null, NOW, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ScoreCardCalculator.calculate(HistoryBuilder.git().build(), null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void defaultRulesKnowTheFoundations() {
        ScoringRules rules = ScoringRules.defaults();
        assertThat(rules.foundations()).contains("apache", "eclipse", "cncf", "linuxfoundation", "openatom", "openjsf", "python", "mozilla");
        assertThat(rules.ownerDomains()).isEmpty();
    }
}
