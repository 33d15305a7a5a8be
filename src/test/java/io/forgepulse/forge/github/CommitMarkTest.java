package io.forgepulse.forge.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The "commits.api" mark when thousands of commits share one committer second (an import, a rebase). */
class CommitMarkTest {

    private static final Instant SECOND = Instant.parse("2024-05-01T10:00:00Z");
    private static final List<String> SHAS = IntStream.range(0, 2000).mapToObj(i -> String.format("%040x", i)).toList();

    @Test
    void aMarkOfThousandsOfCommitsInOneSecondFitsTheCursorColumn() {
        CommitMark mark = allInOneSecond();
        assertThat(mark.position().length()).isLessThanOrEqualTo(20_000);
        assertThat(CommitMark.parse(Optional.of(mark.position()))).isEqualTo(mark);
    }

    @Test
    void readingTheSameSecondAgainInAnyOrderReachesTheSameMark() {
        CommitMark first = allInOneSecond();
        List<String> shuffled = new ArrayList<>(SHAS);
        Collections.shuffle(shuffled, new Random(7));
        CommitMark again = CommitMark.parse(Optional.of(first.position()));
        for (String sha : shuffled) {
            again = again.with(sha, SECOND);
        }
        // Equal marks end the run's loop of windows: an unchanged project is not read over and over.
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aCommitLeftOutOfTheMarkIsEmittedAgainNotLost() {
        CommitMark mark = allInOneSecond();
        long covered = SHAS.stream().filter(sha -> mark.covers(sha, SECOND)).count();
        assertThat(covered).isEqualTo(CommitMark.MAX_SHAS);
        assertThat(mark.covers(SHAS.get(SHAS.size() - 1), SECOND)).as("left out: read again, upserted").isFalse();
    }

    private static CommitMark allInOneSecond() {
        CommitMark mark = CommitMark.NONE;
        for (String sha : SHAS) {
            mark = mark.with(sha, SECOND);
        }
        return mark;
    }
}
