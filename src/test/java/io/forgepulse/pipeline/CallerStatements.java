package io.forgepulse.pipeline;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The statements the application's Jdbi ran on the calling thread while an action ran (not a background pass's),
 * each with the handle it ran on and whether it ran in a transaction: what a test of a harvest's database cost needs
 * to count its statements and its commits.
 */
record CallerStatements(List<Ran> ran) {

    /** One statement: its SQL (upper case, blanks collapsed), the number of its handle, and whether it auto-committed. */
    record Ran(String sql, int handle, boolean autoCommit) {

        boolean writes() {
            return !sql.startsWith("SELECT");
        }
    }

    static CallerStatements of(Jdbi jdbi, Runnable action) {
        Thread caller = Thread.currentThread();
        List<Ran> ran = new CopyOnWriteArrayList<>();
        AtomicInteger handles = new AtomicInteger();
        HandleListener opened = new HandleListener() {
            @Override
            public void handleCreated(Handle handle) {
                if (Thread.currentThread() == caller) {
                    handles.incrementAndGet();
                }
            }
        };
        jdbi.getConfig(Handles.class).addListener(opened);
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                if (Thread.currentThread() == caller) {
                    ran.add(new Ran(context.getRenderedSql().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT),
                            handles.get(), autoCommit(context)));
                }
            }
        });
        try {
            action.run();
        } finally {
            jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
            jdbi.getConfig(Handles.class).removeListener(opened);
        }
        return new CallerStatements(List.copyOf(ran));
    }

    /** The statements from the first whose SQL starts with {@code prefix} on (none when none does). */
    CallerStatements from(String prefix) {
        int first = IntStream.range(0, ran.size()).filter(i -> ran.get(i).sql().startsWith(prefix)).findFirst()
                .orElse(ran.size());
        return new CallerStatements(ran.subList(first, ran.size()));
    }

    List<String> sql() {
        return ran.stream().map(Ran::sql).toList();
    }

    /**
     * The commits that wrote something: one per handle whose transaction wrote, one per write that ran outside a
     * transaction (auto-committed on its own).
     */
    long writeCommits() {
        return IntStream.range(0, ran.size()).filter(i -> ran.get(i).writes())
                .mapToObj(i -> ran.get(i).autoCommit() ? "statement " + i : "handle " + ran.get(i).handle())
                .distinct().count();
    }

    private static boolean autoCommit(StatementContext context) {
        try {
            return context.getConnection().getAutoCommit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
