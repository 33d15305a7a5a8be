package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitCursorTest {

    static final String A = "a".repeat(40);
    static final String B = "b".repeat(40);
    static final String SHA256 = "c".repeat(64);

    @Test
    void roundTripsAsSpaceSeparatedShas() {
        CommitCursor cursor = CommitCursor.parse(Optional.of(A)).plus(B).plus(SHA256);
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
        assertThat(CommitCursor.tip(A).plus(B).isExactly(A)).isFalse();
        assertThat(CommitCursor.tip(A).plus(A).position()).isEqualTo(A);
    }
}
