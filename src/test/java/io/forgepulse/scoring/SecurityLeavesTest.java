package io.forgepulse.scoring;

import io.forgepulse.domain.FileKind;
import org.junit.jupiter.api.Test;

import static io.forgepulse.scoring.HistoryBuilder.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

/** SEC.POLICY, SEC.DEPS and SEC.SIGNED at their 0/1/2/null boundaries. */
class SecurityLeavesTest {

    @Test
    void securityPolicy() {
        assertThat(SecurityPolicy.of(HistoryBuilder.github().noSnapshot().facts()).score()).isNull();
        assertThat(SecurityPolicy.of(HistoryBuilder.github().facts()).score()).isZero();
        assertThat(policy(null)).isEqualTo(1);
        assertThat(policy("contact")).isEqualTo(1);
        assertThat(policy("process")).isEqualTo(1);
        assertThat(policy("contact,process")).isEqualTo(2);
    }

    private static int policy(String detail) {
        return SecurityPolicy.of(HistoryBuilder.github().file(FileKind.SECURITY, "SECURITY.md", 300, detail).facts()).score();
    }

    @Test
    void dependencyUpdates() {
        assertThat(DependencyUpdates.of(HistoryBuilder.github().noSnapshot().facts()).score()).isNull();
        assertThat(DependencyUpdates.of(HistoryBuilder.github().facts()).score()).isZero();
        assertThat(DependencyUpdates.of(HistoryBuilder.github().file(FileKind.DEPENDENCY_UPDATE_CONFIG, ".github/dependabot.yml")
                .facts()).score()).isEqualTo(2);
    }

    @Test
    void signedReleases() {
        assertThat(SignedReleases.of(HistoryBuilder.git().facts()).score()).as("nothing harvested").isNull();
        assertThat(SignedReleases.of(HistoryBuilder.git().commit(HistoryBuilder.person("a", null), daysAgo(3)).facts()).score()).isZero();
        assertThat(signed(5, 0)).isZero();
        assertThat(signed(5, 1)).isEqualTo(1);
        assertThat(signed(5, 4)).isEqualTo(1);
        assertThat(signed(5, 5)).isEqualTo(2);
        assertThat(signed(2, 2)).isEqualTo(2);
        assertThat(signed(7, 5)).as("the two oldest of seven are not among the last five").isEqualTo(2);
    }

    /** n releases, the newest {@code signed} signed. */
    private static int signed(int n, int signed) {
        HistoryBuilder b = HistoryBuilder.git();
        for (int i = 0; i < n; i++) {
            b.release("v1." + i, daysAgo(100 - i), i >= n - signed, false);
        }
        return SignedReleases.of(b.facts()).score();
    }
}
