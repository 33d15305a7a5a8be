package io.forgepulse.scoring;

import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.Pulse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.forgepulse.scoring.HistoryBuilder.NOW;
import static io.forgepulse.scoring.HistoryBuilder.bot;
import static io.forgepulse.scoring.HistoryBuilder.daysAgo;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The GitHub-Pulse summary of a half-open period. */
class PulseCalculatorTest {

    @Test
    void countsThePeriodOnly() {
        ProjectHistory h = HistoryBuilder.github()
                .commit(person("alice", "acme"), daysAgo(1), 3, 40, 4, List.of(), false)
                .commit(person("bob", null), daysAgo(6), 1, 2, 2, List.of(), false)
                .commit(bot("dependabot[bot]"), daysAgo(2), 1, 1, 1, List.of(), false)
                .commit(person("carol", null), daysAgo(7), 9, 9, 9, List.of(), false)   // exactly at 'from': in
                .commit(person("dave", null), daysAgo(8), 9, 9, 9, List.of(), false)    // before: out
                .pr("p1", "bob", "CONTRIBUTOR", daysAgo(3), daysAgo(1), daysAgo(1), "alice", true)
                .pr("p2", "eve", "NONE", daysAgo(20), daysAgo(2), daysAgo(2), "alice", true)
                .issue("i1", "frank", daysAgo(4), daysAgo(4), null, null)
                .issue("i2", "gina", daysAgo(30), daysAgo(3), daysAgo(3), null)
                .release("v1.1.0", daysAgo(1))
                .build();
        Pulse p = PulseCalculator.pulse(h, daysAgo(7), NOW);
        assertThat(p.authors()).isEqualTo(3);
        assertThat(p.commits()).isEqualTo(4);
        assertThat(p.filesChanged()).isEqualTo(3 + 1 + 1 + 9);
        assertThat(p.additions()).isEqualTo(40 + 2 + 1 + 9);
        assertThat(p.deletions()).isEqualTo(4 + 2 + 1 + 9);
        assertThat(p.prsOpened()).isEqualTo(1);
        assertThat(p.prsMerged()).isEqualTo(2);
        assertThat(p.issuesOpened()).isEqualTo(1);
        assertThat(p.issuesClosed()).isEqualTo(1);
        assertThat(p.releases()).isEqualTo(1);
    }

    @Test
    void plainGitHasNoIssueOrPrCounts() {
        Pulse p = PulseCalculator.pulse(HistoryBuilder.git().commit(person("alice", null), daysAgo(1)).build(), daysAgo(7), NOW);
        assertThat(p.commits()).isEqualTo(1);
        assertThat(p.prsOpened()).isNull();
        assertThat(p.prsMerged()).isNull();
        assertThat(p.issuesOpened()).isNull();
        assertThat(p.issuesClosed()).isNull();
    }

    @Test
    void aBackwardPeriodIsRefused() {
        assertThatThrownBy(() -> PulseCalculator.pulse(HistoryBuilder.git().build(), NOW, daysAgo(7)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
