package io.forgepulse.store;

import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/** Counts every statement a Jdbi runs, on any thread, from now until its SQL logger is replaced: a read's cost. */
public final class StatementCount {

    private StatementCount() {
    }

    public static AtomicInteger of(Jdbi jdbi) {
        AtomicInteger statements = new AtomicInteger();
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        return statements;
    }
}
