package io.forgepulse.scoring;

import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.MaturityLevel;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.Pulse;
import io.forgepulse.domain.ScoreCard;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.forgepulse.scoring.HistoryBuilder.NOW;
import static io.forgepulse.scoring.HistoryBuilder.bot;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The worked example of {@code docs/scoring.md}: the data set "widget" (github:acme/widget) at
 * now = 2026-06-30T00:00:00Z, and every number the document computes from it by hand.
 * Change one and you must change the other.
 */
class WorkedExampleTest {

    static final Person ALICE = person("alice", "acme");
    static final Person BOB = person("bob", "acme");
    static final Person CAROL = person("carol", "globex");
    static final Person DAVE = person("dave", null);
    static final Person ERIN = person("erin", "initech");
    static final Person DEPENDABOT = bot("dependabot[bot]");

    private static final List<String> SIGN_OFF = List.of("Alice <alice@acme.example>");

    static Instant d(String day) {
        return Instant.parse(day + "T00:00:00Z");
    }

    /** The data set of docs/scoring.md, section "The worked example". */
    static ProjectHistory widget() {
        return HistoryBuilder.github()
                .stars(320, 40).archived(false).createdAt(d("2022-03-01")).licenseSpdx("Apache-2.0")
                .file(FileKind.LICENSE, "LICENSE", 11358, "Apache-2.0")
                .file(FileKind.README, "README.md", 4200, null)
                .file(FileKind.DOCS_DIR, "docs", 0, "2026-04-02T09:00:00Z")
                .file(FileKind.CONTRIBUTING, "CONTRIBUTING.md", 2100, "dco")
                .file(FileKind.CODE_OF_CONDUCT, "CODE_OF_CONDUCT.md", 5200, null)
                .file(FileKind.CODEOWNERS, ".github/CODEOWNERS", 40, null)
                .file(FileKind.SECURITY, "SECURITY.md", 600, "contact")
                .file(FileKind.CI_CONFIG, ".github/workflows/ci.yml", 900, null)
                .file(FileKind.BUILD_DESCRIPTOR, "pom.xml", 3000, null)
                .file(FileKind.BUILD_WRAPPER, "mvnw", 10000, null)
                .file(FileKind.PR_TEMPLATE, ".github/pull_request_template.md", 300, null)
                .file(FileKind.DEPENDENCY_UPDATE_CONFIG, ".github/dependabot.yml", 200, null)
                // commits: alice signs off all of hers, bob signs one
                .commit(ALICE, d("2022-03-01"), 1, 10, 2, SIGN_OFF, false)
                .commit(ALICE, d("2025-10-01"), 1, 10, 2, SIGN_OFF, false)
                .commit(ALICE, d("2026-02-10"), 1, 10, 2, SIGN_OFF, false)
                .commit(ALICE, d("2026-05-10"), 1, 10, 2, SIGN_OFF, false)
                .commit(ALICE, d("2026-05-10"), 1, 10, 2, SIGN_OFF, false)
                .commit(ALICE, d("2026-06-20"), 1, 10, 2, SIGN_OFF, false)
                .commit(ALICE, d("2026-06-20"), 1, 10, 2, SIGN_OFF, false)
                .commit(BOB, d("2025-09-01"))
                .commit(BOB, d("2026-03-15"))
                .commit(BOB, d("2026-06-25"), 1, 10, 2, List.of(), true)
                .commit(CAROL, d("2026-02-20"))
                .commit(CAROL, d("2026-04-20"))
                .commit(DAVE, d("2026-06-27"))
                .commit(ERIN, d("2026-01-15"))
                .commits(DEPENDABOT, 3, d("2026-06-28"))
                // releases: tag, date, signed, notes
                .release("v0.9.0", d("2024-09-01"), false, true)
                .release("v1.0.0", d("2025-03-01"), true, true)
                .release("v1.1.0", d("2025-08-01"), true, true)
                .release("v1.2.0", d("2026-01-10"), true, false)
                .release("v1.3.0", d("2026-05-15"), true, true)
                // issues: key, author, created, updated, closed, first response
                .issue("i1", "frank", d("2026-05-01"), d("2026-06-10"), d("2026-06-10"), d("2026-05-02"))
                .issue("i2", "gina", d("2026-04-10"), d("2026-04-12"), null, d("2026-04-12"))
                .issue("i3", "dave", d("2026-03-01"), d("2026-06-15"), null, d("2026-03-11"))
                .issue("i4", "hank", d("2025-12-01"), d("2025-12-01"), null, null)
                .botIssue("i5", "renovate[bot]", d("2026-06-01"))
                // comments: key, on, author, at, review comment?
                .comment("c1", "i1", "alice", d("2026-05-02"), false)
                .comment("c2", "i1", "frank", d("2026-05-03"), false)
                .comment("c3", "i2", "bob", d("2026-04-12"), false)
                .comment("c4", "i3", "alice", d("2026-06-15"), false)
                .comment("c5", "i3", "carol", d("2026-03-11"), false)
                .comment("c6", "p1", "bob", d("2026-05-21"), true)
                // PRs: key, author, association, created, closed, merged, merged by, reviewed by someone else
                .pr("p1", "carol", "CONTRIBUTOR", d("2026-05-20"), d("2026-05-22"), d("2026-05-22"), "alice", true)
                .pr("p2", "dave", "CONTRIBUTOR", d("2026-06-26"), d("2026-06-27"), d("2026-06-27"), "bob", true)
                .pr("p3", "bob", "MEMBER", d("2026-06-01"), d("2026-06-02"), d("2026-06-02"), "alice", false)
                .pr("p4", "ivan", "NONE", d("2026-06-05"), d("2026-06-20"), null, null, false)
                .pr("p5", "alice", "OWNER", d("2026-06-22"), null, null, null, false)
                .botPr("p6", "dependabot[bot]", d("2026-06-10"), d("2026-06-11"))
                // reviews: key, PR, author, at
                .review("r1", "p1", "alice", d("2026-05-21"))
                .review("r2", "p2", "bob", d("2026-06-26"))
                .review("r3", "p4", "alice", d("2026-06-06"))
                .review("r4", "p4", "bob", d("2026-06-07"))
                .build();
    }

    private final ScoreCard card = ScoreCardCalculator.calculate(widget(), NOW, ScoringRules.defaults());
    private final Map<String, Criterion> criteria = card.criteria().stream().collect(Collectors.toMap(Criterion::id, c -> c));

    private double score(String id) {
        return criteria.get(id).score();
    }

    @Test
    void activitySignals() {
        assertThat(criteria.get("activity.contributor_count").value()).isEqualTo("7");
        assertThat(criteria.get("activity.commit_frequency").value()).isEqualTo("0.5444");
        assertThat(criteria.get("activity.updated_since").value()).isEqualTo("0.0986");
        assertThat(criteria.get("activity.org_count").value()).isEqualTo("2");
        assertThat(criteria.get("activity.comment_frequency").value()).isEqualTo("1.3333");
        assertThat(criteria.get("activity.code_review_count").value()).isEqualTo("0.8");
        assertThat(criteria.get("activity.updated_issues_count").value()).isEqualTo("3");
        assertThat(criteria.get("activity.recent_releases_count").value()).isEqualTo("3");
        assertThat(score("activity.contributor_count")).isCloseTo(0.273560, within(1e-6));
        assertThat(score("activity.commit_frequency")).isCloseTo(0.062915, within(1e-6));
        assertThat(score("activity.updated_since")).isCloseTo(0.421265, within(1e-6));
        assertThat(score("activity.org_count")).isCloseTo(0.319923, within(1e-6));
        assertThat(score("activity.comment_frequency")).isCloseTo(0.472886, within(1e-6));
        assertThat(score("activity.code_review_count")).isCloseTo(0.267513, within(1e-6));
        assertThat(score("activity.updated_issues_count")).isCloseTo(0.177175, within(1e-6));
        assertThat(score("activity.recent_releases_count")).isCloseTo(0.540476, within(1e-6));
    }

    @Test
    void activityScore() {
        assertThat(card.activity().score()).isCloseTo(30.466, within(1e-3));
        assertThat(card.activity().coverage()).isEqualTo(1.0);
    }

    @Test
    void activityIndexOfMay() {
        assertThat(card.measures().get("activity_index_last_month")).isEqualTo(5.71);
    }

    @Test
    void busAndElephantFactor() {
        assertThat(card.measures()).containsEntry("bus_factor", 2.0).containsEntry("elephant_factor", 1.0)
                .containsEntry("organizations", 3.0).containsEntry("commits_365d", 13.0);
        assertThat(card.measures().get("top1_share")).isCloseTo(6 / 13.0, within(1e-12));
        assertThat(card.measures().get("top2_share")).isCloseTo(9 / 13.0, within(1e-12));
    }

    @Test
    void diversity() {
        assertThat(score("diversity.contributor_dependency")).isEqualTo(1);
        assertThat(score("diversity.organization_dependency")).isEqualTo(0);
        assertThat(score("diversity.active_contributors")).isEqualTo(3);
        assertThat(criteria.get("diversity.active_contributors").value()).isEqualTo("7");
        assertThat(score("diversity.retention")).isEqualTo(5);
        assertThat(criteria.get("diversity.retention").value()).isEqualTo("0.8");
        assertThat(card.diversity().score()).isEqualTo(45.0);
        assertThat(card.diversity().coverage()).isEqualTo(1.0);
        assertThat(card.measures()).containsEntry("active_contributors_90d", 7.0).containsEntry("contributors_365d", 9.0)
                .containsEntry("retention", 0.8);
        assertThat(card.measures().get("external_share")).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void maturityLeaves() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("LEG.AGE", 2), Map.entry("LEG.RELHIST", 2), Map.entry("LEG.CORE", 1), Map.entry("LEG.POP", 1),
                Map.entry("ACT.MAINT", 1), Map.entry("ACT.CONTRIB", 1), Map.entry("ACT.RESP", 1), Map.entry("ACT.CLOSE", 2),
                Map.entry("ACT.REL", 1),
                Map.entry("DIV.CAF", 1), Map.entry("DIV.ELEPHANT", 0), Map.entry("DIV.REVIEW", 1),
                Map.entry("GOV.LICENSE", 2), Map.entry("GOV.OWNER", 1), Map.entry("GOV.DOCS", 1), Map.entry("GOV.PROVENANCE", 1),
                Map.entry("IND.DOC", 2), Map.entry("IND.QA", 1), Map.entry("IND.BUILD", 2), Map.entry("IND.CONTRIB", 2),
                Map.entry("IND.RELNOTES", 2),
                Map.entry("SEC.POLICY", 1), Map.entry("SEC.DEPS", 2), Map.entry("SEC.SIGNED", 1));
        expected.forEach((id, s) -> assertThat(score(id)).as(id).isEqualTo(s.doubleValue()));
        assertThat(criteria.get("ACT.RESP").value()).isEqualTo("answered 3/4, median 2 d");
        assertThat(criteria.get("ACT.CLOSE").value()).isEqualTo("0.8, median 1.5 d");
        assertThat(criteria.get("GOV.PROVENANCE").value()).isEqualTo("0.5385");
        assertThat(criteria.get("LEG.CORE").value()).isEqualTo("5");
        assertThat(criteria.get("ACT.CONTRIB").value()).isEqualTo("9");
        assertThat(criteria.get("GOV.LICENSE").evidence()).contains("LICENSE (Apache-2.0)");
    }

    @Test
    void maturityScore() {
        assertThat(card.maturity().score()).isCloseTo(64.5833, within(1e-4));
        assertThat(card.maturity().coverage()).isEqualTo(1.0);
    }

    @Test
    void levelDecision() {
        assertThat(card.level()).isEqualTo(MaturityLevel.INTERMEDIATE);
        assertThat(card.provisionalGates()).isEmpty();
        assertThat(card.measures()).containsEntry("level_basic_points", 7.0).containsEntry("level_basic_maximum", 7.0)
                .containsEntry("level_intermediate_points", 15.0).containsEntry("level_intermediate_maximum", 16.0)
                .containsEntry("level_advanced_points", 18.0).containsEntry("level_advanced_maximum", 26.0);
    }

    @Test
    void communityProfile() {
        assertThat(card.decisionMode()).isEqualTo("founder-led");
        assertThat(card.participationMode()).isEqualTo("cathedral");
        assertThat(card.licenseFamily()).isEqualTo("permissive");
        assertThat(ParticipationMode.coreTeam(new Facts(widget(), NOW, ScoringRules.defaults()))).containsExactly("alice", "bob", "carol");
    }

    @Test
    void pulseOfThirtyDays() {
        Pulse p = PulseCalculator.pulse(widget(), d("2026-05-31"), NOW);
        assertThat(p.commits()).isEqualTo(7);
        assertThat(p.authors()).isEqualTo(3);
        assertThat(p.filesChanged()).isEqualTo(7);
        assertThat(p.additions()).isEqualTo(70);
        assertThat(p.deletions()).isEqualTo(14);
        assertThat(p.prsOpened()).isEqualTo(5);
        assertThat(p.prsMerged()).isEqualTo(3);
        assertThat(p.issuesOpened()).isEqualTo(1);
        assertThat(p.issuesClosed()).isEqualTo(1);
        assertThat(p.releases()).isZero();
    }

    @Test
    void theCardIsStamped() {
        assertThat(card.ruleset()).isEqualTo("forgepulse/2");
        assertThat(card.computedAt()).isEqualTo(NOW);
        assertThat(card.project().value()).isEqualTo("github:acme/widget");
    }
}
