package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.scoring.ScoringRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The oracle of {@link WindowedHistory}: for a stored project, the card from its windows and aggregates equals the
 * card from the whole history, seen from the last event, 100 days, 400 days and 3 years after it, in the middle of the
 * history and a month after its start.
 */
final class WindowedOracle {

    private WindowedOracle() {
    }

    static void assertSameCards(HistoryLoader full, WindowedHistory windowed, ProjectId id, ScoringRules rules) {
        ProjectHistory history = full.history(id);
        List<Instant> times = Stream.concat(
                        history.commits().stream().map(AttributedCommit::commit).map(c -> c.author().when().toInstant()),
                        Stream.concat(history.issues().stream().map(i -> i.updatedAt().toInstant()),
                                history.comments().stream().map(c -> c.createdAt().toInstant())))
                .sorted(Comparator.naturalOrder()).toList();
        assertThat(times).as("events of %s", id).isNotEmpty();
        Instant first = times.get(0);
        Instant last = times.get(times.size() - 1);
        List<Instant> nows = new ArrayList<>(List.of(last, last.plus(Duration.ofDays(100)), last.plus(Duration.ofDays(400)),
                last.plus(Duration.ofDays(3 * 365)), first.plus(Duration.between(first, last).dividedBy(2)),
                first.plus(Duration.ofDays(30))));
        for (Instant now : nows) {
            ScoringInput input = windowed.load(id, now);
            ScoreCard card = ScoreCardCalculator.calculate(input.windows(), input.whole(), now, rules);
            assertThat(card).as("%s at %s", id, now).isEqualTo(ScoreCardCalculator.calculate(history, now, rules));
        }
    }
}
