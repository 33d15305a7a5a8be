package io.forgepulse.scoring;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.Person;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.forgepulse.scoring.HistoryBuilder.bot;
import static io.forgepulse.scoring.HistoryBuilder.daysAgo;
import static io.forgepulse.scoring.HistoryBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Compass activity formula, its rescaling, and the signals dropped for plain git. */
class ActivityScoreTest {

    private static final double ALL_WEIGHTS = 0.18009 + 0.18009 + 0.12742 + 0.11501 + 0.07768 + 0.04919 + 0.04919 + 0.03177;

    private static List<ActivityScore.Signal> signals(double contributors, double commits, double months, double orgs,
                                                      double comments, double reviews, double issues, double releases) {
        return List.of(
                new ActivityScore.Signal("contributor_count", 0.18009, 2000, contributors, ""),
                new ActivityScore.Signal("commit_frequency", 0.18009, 1000, commits, ""),
                new ActivityScore.Signal("updated_since", -0.12742, 0.25, months, ""),
                new ActivityScore.Signal("org_count", 0.11501, 10, orgs, ""),
                new ActivityScore.Signal("comment_frequency", 0.07768, 5, comments, ""),
                new ActivityScore.Signal("code_review_count", 0.04919, 8, reviews, ""),
                new ActivityScore.Signal("updated_issues_count", 0.04919, 2500, issues, ""),
                new ActivityScore.Signal("recent_releases_count", 0.03177, 12, releases, ""));
    }

    @Test
    void termIsZeroForNothingOneAtTheThresholdAndLogarithmicBetween() {
        var s = new ActivityScore.Signal("x", 1, 10, 0.0, "");
        assertThat(s.term()).isZero();
        assertThat(new ActivityScore.Signal("x", 1, 10, 10.0, "").term()).isEqualTo(1.0);
        assertThat(new ActivityScore.Signal("x", 1, 10, 50.0, "").term()).isEqualTo(1.0);
        assertThat(new ActivityScore.Signal("x", 1, 10, 4.0, "").term()).isCloseTo(Math.log(5) / Math.log(11), within(1e-12));
        assertThat(new ActivityScore.Signal("x", 1, 10, null, "").term()).isNull();
    }

    @Test
    void bestIsHundredWorstIsZero() {
        assertThat(ActivityScore.score(signals(2000, 1000, 0, 10, 5, 8, 2500, 12)).score()).isCloseTo(100, within(1e-9));
        assertThat(ActivityScore.score(signals(0, 0, 0.25, 0, 0, 0, 0, 0)).score()).isCloseTo(0, within(1e-9));
        assertThat(ActivityScore.score(signals(0, 0, 0.25, 0, 0, 0, 0, 0)).coverage()).isEqualTo(1.0);
    }

    @Test
    void rescalingEqualsTheWeightedShareOfGoodness() {
        // only a fresh commit: the negative signal is at its best (term 0), every positive one at its worst
        AxisScore s = ActivityScore.score(signals(0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(s.score()).isCloseTo(100 * 0.12742 / ALL_WEIGHTS, within(1e-9));
    }

    @Test
    void droppedSignalsLeaveSumsMinAndMaxAndLowerCoverage() {
        List<ActivityScore.Signal> all = signals(2000, 1000, 0, 10, 5, 8, 2500, 12);
        List<ActivityScore.Signal> kept = List.of(all.get(0), all.get(1), all.get(2), all.get(3), all.get(7),
                new ActivityScore.Signal("comment_frequency", 0.07768, 5, null, ""),
                new ActivityScore.Signal("code_review_count", 0.04919, 8, null, ""),
                new ActivityScore.Signal("updated_issues_count", 0.04919, 2500, null, ""));
        AxisScore s = ActivityScore.score(kept);
        assertThat(s.score()).isCloseTo(100, within(1e-9));
        assertThat(s.coverage()).isCloseTo((ALL_WEIGHTS - 0.07768 - 0.04919 - 0.04919) / ALL_WEIGHTS, within(1e-12));
    }

    @Test
    void plainGitDropsTheForgeSignals() {
        Person alice = person("alice", "acme");
        var result = ActivityScore.of(HistoryBuilder.git().commit(alice, daysAgo(1)).facts());
        assertThat(result.signals()).filteredOn(s -> s.value() == null).extracting(ActivityScore.Signal::name)
                .containsExactly("comment_frequency", "code_review_count", "updated_issues_count");
        assertThat(result.axis().coverage()).isCloseTo(0.63438 / 0.81044, within(1e-12));
        assertThat(result.signals().get(0).value()).isEqualTo(1.0);
    }

    @Test
    void withoutCommitsUpdatedSinceIsDropped() {
        var result = ActivityScore.of(HistoryBuilder.github().issue("1", "u", daysAgo(5), daysAgo(5), null, null).facts());
        assertThat(result.signals().get(2).value()).isNull();
        assertThat(result.axis().coverage()).isCloseTo((ALL_WEIGHTS - 0.12742) / ALL_WEIGHTS, within(1e-12));
        assertThat(result.signals().get(6).value()).isEqualTo(1.0);
    }

    @Test
    void nothingHarvestedIsNoScore() {
        var result = ActivityScore.of(HistoryBuilder.github().facts());
        assertThat(result.axis()).isEqualTo(AxisScore.NONE);
        assertThat(result.signals()).allMatch(s -> s.value() == null);
    }

    @Test
    void botsDoNotCount() {
        var result = ActivityScore.of(HistoryBuilder.github()
                .commits(bot("dependabot[bot]"), 30, daysAgo(2))
                .botIssue("1", "renovate[bot]", daysAgo(3))
                .commit(person("alice", "acme"), daysAgo(100)).facts());
        assertThat(result.signals().get(0).value()).isZero();
        assertThat(result.signals().get(1).value()).isZero();
        assertThat(result.signals().get(6).value()).isZero();
        assertThat(result.signals().get(2).value()).isCloseTo(100 / 30.4375, within(1e-9));
    }
}
