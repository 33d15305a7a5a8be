package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommitCursorTest {

    static final String A = "a".repeat(40);
    static final String B = "b".repeat(40);
    static final String SHA256 = "c".repeat(64);

    @Test
    void roundTripsAsSpaceSeparatedShas() {
        CommitCursor cursor = new CommitCursor(List.of(A, B, SHA256));
        assertThat(cursor.position()).isEqualTo(A + " " + B + " " + SHA256);
        assertThat(CommitCursor.parse(Optional.of(cursor.position()))).isEqualTo(cursor);
    }

    @Test
    void dropsWhatIsNotAFullShaAndRepeats() {
        assertThat(CommitCursor.parse(Optional.of("  " + A + "\t--all HEAD " + A + " abc " + B.toUpperCase() + " " + B)).exclusions())
                .containsExactly(A, B);
        assertThat(CommitCursor.parse(Optional.empty()).exclusions()).isEmpty();
    }

    @Test
    void knowsWhenItIsExactlyTheTip() {
        assertThat(CommitCursor.tip(A).isExactly(A)).isTrue();
        assertThat(new CommitCursor(List.of(A, B)).isExactly(A)).isFalse();
    }

    @Test
    void keepsTheNewestExclusionsWithinTheColumn() {
        List<String> many = IntStream.range(0, 1000).mapToObj(i -> String.format("%064x", i)).toList();
        CommitCursor cursor = CommitCursor.parse(Optional.of(String.join(" ", many)));
        assertThat(cursor.exclusions()).hasSize(CommitCursor.MAX_EXCLUSIONS)
                .containsExactlyElementsOf(many.subList(1000 - CommitCursor.MAX_EXCLUSIONS, 1000));
        assertThat(cursor.position().length()).isLessThanOrEqualTo(20_000);
    }
}
