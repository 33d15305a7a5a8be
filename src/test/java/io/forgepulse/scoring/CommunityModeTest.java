package io.forgepulse.scoring;

import io.forgepulse.domain.Person;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.forgepulse.scoring.HistoryBuilder.daysAgo;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

/** Decision mode (founder-led, meritocratic, mixed) and participation mode (bazaar, cathedral). */
class CommunityModeTest {

    @Test
    void decisionModeIsNullWithoutChanges() {
        assertThat(DecisionMode.of(HistoryBuilder.git().facts()).mode()).isNull();
    }

    @Test
    void decisionModeFromMergers() {
        assertThat(mergers(7, 3, 0, 0)).isEqualTo("founder-led");   // exactly 70 %
        assertThat(mergers(6, 4, 0, 0)).isEqualTo("mixed");         // two people
        assertThat(mergers(5, 3, 2, 0)).isEqualTo("meritocratic");  // exactly 50 %, three people
        assertThat(mergers(6, 2, 2, 0)).isEqualTo("mixed");         // 60 %
        assertThat(mergers(3, 3, 3, 1)).isEqualTo("meritocratic");
    }

    private static String mergers(int... merges) {
        HistoryBuilder b = HistoryBuilder.github();
        int n = 0;
        for (int m = 0; m < merges.length; m++) {
            for (int i = 0; i < merges[m]; i++) {
                b.pr("p" + n++, "author" + n, "CONTRIBUTOR", daysAgo(20), daysAgo(19), daysAgo(19), "maintainer" + m, true);
            }
        }
        return DecisionMode.of(b.facts()).mode();
    }

    @Test
    void decisionModeFallsBackToCommitAuthors() {
        Person alice = person("alice", "acme");
        HistoryBuilder b = HistoryBuilder.github().commits(alice, 8, daysAgo(5)).commits(person("bob", "acme"), 2, daysAgo(5));
        DecisionMode d = DecisionMode.of(b.facts());
        assertThat(d.mode()).isEqualTo("founder-led");
        assertThat(d.basis()).contains("commits");
        assertThat(DecisionMode.of(HistoryBuilder.git().commits(alice, 2, daysAgo(5)).commits(person("bob", null), 2, daysAgo(5))
                .commits(person("carol", null), 1, daysAgo(5)).facts()).mode()).isEqualTo("meritocratic");
    }

    @Test
    void botMergersAreLeftOut() {
        HistoryBuilder b = HistoryBuilder.github();
        for (int i = 0; i < 9; i++) {
            b.pr("p" + i, "a" + i, "CONTRIBUTOR", daysAgo(20), daysAgo(19), daysAgo(19), "mergify[bot]", true);
        }
        b.pr("x", "a", "CONTRIBUTOR", daysAgo(20), daysAgo(19), daysAgo(19), "alice", true);
        assertThat(DecisionMode.of(b.facts()).mode()).isEqualTo("founder-led");
    }

    @Test
    void participationIsNullWithoutMergedPrs() {
        assertThat(ParticipationMode.of(HistoryBuilder.github().facts(), ExternalContributions.of(HistoryBuilder.github().facts())).mode())
                .isNull();
    }

    @Test
    void coreTeamIsTheSmallestSetMakingEightyPercent() {
        HistoryBuilder b = HistoryBuilder.github()
                .commits(person("alice", "acme"), 6, daysAgo(5))
                .commits(person("bob", "acme"), 2, daysAgo(5))
                .commits(person("carol", "acme"), 1, daysAgo(5))
                .commits(person("dave", "acme"), 1, daysAgo(5));
        // 6 + 2 = 8 of 10
        assertThat(ParticipationMode.coreTeam(b.facts())).containsExactly("alice", "bob");
    }

    @Test
    void bazaarNeedsThirtyPercentFromOutsideAndFiveOutsiders() {
        assertThat(participation(7, 5)).isEqualTo("bazaar");     // 5 of 12 outside
        assertThat(participation(12, 5)).isEqualTo("cathedral"); // 5 of 17 = 29.4 %
        assertThat(participation(11, 4)).isEqualTo("cathedral"); // 4 outsiders
    }

    /** The core (alice, all commits) merges {@code core} PRs; {@code outsiders} people merge one each. */
    private static String participation(int core, int outsiders) {
        HistoryBuilder b = HistoryBuilder.github().commits(person("alice", "acme"), 10, daysAgo(5));
        for (int i = 0; i < core; i++) {
            b.pr("c" + i, "alice", "OWNER", daysAgo(20), daysAgo(19), daysAgo(19), "alice", false);
        }
        for (int i = 0; i < outsiders; i++) {
            b.pr("o" + i, "out" + i, "CONTRIBUTOR", daysAgo(20), daysAgo(19), daysAgo(19), "alice", true);
        }
        Facts f = b.facts();
        return ParticipationMode.of(f, ExternalContributions.of(f)).mode();
    }

    @Test
    void plainGitParticipationUsesCommitsOutsideTheOwnersDomains() {
        HistoryBuilder b = HistoryBuilder.git().commits(person("alice", "acme"), 10, daysAgo(5));
        for (int i = 0; i < 5; i++) {
            b.commit(person("out" + i, "org" + i), daysAgo(5));
        }
        Facts f = b.facts();
        // 5 of 15 commits from outside acme (33 %), 5 outside people
        assertThat(ParticipationMode.of(f, ExternalContributions.of(f)).mode()).isEqualTo("bazaar");
        Facts configured = b.facts(new ScoringRules(Set.of(), Set.of("example")));
        assertThat(ParticipationMode.of(configured, ExternalContributions.of(configured)).mode())
                .as("every *.example domain is the owner's").isEqualTo("cathedral");
        Facts unaffiliated = HistoryBuilder.git().commits(person("alice", null), 3, daysAgo(5)).facts();
        assertThat(ParticipationMode.of(unaffiliated, ExternalContributions.of(unaffiliated)).mode()).isNull();
    }
}
