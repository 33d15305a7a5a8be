package io.forgepulse.forge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenPoolTest {

    private static final ProjectId A = ProjectId.parse("github:o/a");
    private static final ProjectId B = ProjectId.parse("github:o/b");

    @Test
    void withoutTokensEveryRunIsAnonymous() throws ForgeException {
        try (TokenPool.Lease lease = new TokenPool("GitHub", List.of(" ", "")).lease(A)) {
            assertThat(lease.token()).isNull();
        }
    }

    @Test
    void aProjectKeepsItsTokenWhileItHasBudgetSoItsCachedAnswersStayValid() throws ForgeException {
        TokenPool pool = new TokenPool("GitHub", List.of("t1", "t2"));
        String first;
        try (TokenPool.Lease lease = pool.lease(A)) {
            first = lease.token();
            lease.remaining(3000);
        }
        try (TokenPool.Lease other = pool.lease(B)) {
            assertThat(other.token()).isNotEqualTo(first); // the unused token counts as full
            other.remaining(4000);
        }
        try (TokenPool.Lease again = pool.lease(A)) {
            assertThat(again.token()).isEqualTo(first); // 3000 left is enough: no switch, no lost 304s
        }
    }

    @Test
    void aProjectMovesToTheFullestTokenWhenItsOwnRunsLow() throws ForgeException {
        TokenPool pool = new TokenPool("GitHub", List.of("t1", "t2", "t3"));
        try (TokenPool.Lease a = pool.lease(A); TokenPool.Lease b = pool.lease(B); TokenPool.Lease c = pool.lease(
                ProjectId.parse("github:o/c"))) {
            a.remaining(TokenPool.KEEP_ABOVE - 1);
            b.remaining(1200);
            c.remaining(4800);
        }
        try (TokenPool.Lease again = pool.lease(A)) {
            assertThat(again.token()).isEqualTo("t3");
        }
    }

    @Test
    void aTokenIsNeverLentTwiceAtOnce() throws Exception {
        TokenPool pool = new TokenPool("GitHub", List.of("only"));
        TokenPool.Lease held = pool.lease(A);
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> {
            try (TokenPool.Lease lease = pool.lease(B)) {
                return lease.token();
            } catch (ForgeException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        held.close();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("only");
    }

    @Test
    void noTokenAppearsInTextForLogs() throws ForgeException {
        TokenPool pool = new TokenPool("GitHub", List.of("ghp_secret"));
        try (TokenPool.Lease lease = pool.lease(A)) {
            assertThat(pool + " " + lease).doesNotContain("ghp_secret");
        }
    }
}
