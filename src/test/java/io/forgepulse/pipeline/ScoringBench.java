package io.forgepulse.pipeline;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.identity.IdentityResolver;
import io.forgepulse.identity.IdentityRules;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.scoring.ScoringRules;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.SnapshotStore;
import io.forgepulse.store.TestDatabase;
import io.forgepulse.store.WindowedEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Time of one rescoring of a 50,000-commit, twelve-year project (5,000 issues, pulls and releases, 15,000 comments),
 * the way {@link ScoreStep} scored before (the whole history loaded and merged) and now (the windows and aggregates),
 * interleaved, on H2 in memory, or PostgreSQL with {@code -Dbench.db=postgresql} and FORGEPULSE_TEST_POSTGRES_URL.
 * Run: {@code ./mvnw -B -ntp test -Dtest=ScoringBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ScoringBench {

    private static final Instant END = Instant.parse("2026-06-30T12:00:00Z");

    @Test
    void rescoringALongHistory() {
        try (TestDatabase db = TestDatabase.open(System.getProperty("bench.db", "h2"))) {
            Jdbi jdbi = db.jdbi();
            ProjectId id = ProjectId.parse("github:acme/decades");
            WindowedHistoryTest.store(jdbi, id, 50_000, END.minus(Duration.ofDays(12 * 365)), 1);
            IdentityResolver resolver = new IdentityResolver(IdentityRules.defaults());
            HistoryLoader full = new HistoryLoader(new EventStore(jdbi), new SnapshotStore(jdbi), resolver, p -> true);
            WindowedHistory windowed = new WindowedHistory(new WindowedEvents(jdbi), new EventStore(jdbi),
                    new SnapshotStore(jdbi), resolver, p -> true);
            ScoringRules rules = ScoringRules.defaults();
            List<Long> before = new ArrayList<>();
            List<Long> after = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long t = System.nanoTime();
                ScoreCardCalculator.calculate(full.load(id).history(), END, rules);
                before.add((System.nanoTime() - t) / 1_000_000);
                t = System.nanoTime();
                ScoringInput input = windowed.load(id, END);
                ScoreCardCalculator.calculate(input.windows(), input.whole(), END, rules);
                after.add((System.nanoTime() - t) / 1_000_000);
            }
            System.out.println("BENCH " + db.kind() + " whole history ms " + before + " windows ms " + after);
        }
    }
}
