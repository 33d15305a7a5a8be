package io.forgepulse.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * A migrated, empty database for one store test: H2 in memory always, and PostgreSQL in a fresh schema when
 * {@code FORGEPULSE_TEST_POSTGRES_URL} names one (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}).
 */
public record TestDatabase(String kind, String url) implements AutoCloseable {

    static final String POSTGRES_ENV = "FORGEPULSE_TEST_POSTGRES_URL";

    /** The kinds to run each store test on. */
    public static Stream<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("h2"));
        String pg = System.getenv(POSTGRES_ENV);
        if (pg != null && !pg.isBlank()) {
            kinds.add("postgresql");
        }
        return kinds.stream();
    }

    public static TestDatabase open(String kind) {
        String name = "fp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url;
        if (kind.equals("h2")) {
            url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        } else {
            String base = System.getenv(POSTGRES_ENV);
            execute(base, "CREATE SCHEMA " + name);
            url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        return new TestDatabase(kind, url);
    }

    public Jdbi jdbi() {
        return StoreJdbi.configure(Jdbi.create(url));
    }

    /**
     * The author lines {@code commit_author} keeps and the ones {@code commit_event} adds up to, one text per line,
     * in one order: equal while the store keeps its totals right.
     */
    public static List<List<String>> authorLines(Jdbi jdbi) {
        return List.of(lines(jdbi, "SELECT project_id, author_email, author_name, commits, first_commit, last_commit"
                        + " FROM commit_author"),
                lines(jdbi, "SELECT project_id, author_email, author_name, COUNT(*), MIN(authored_at), MAX(authored_at)"
                        + " FROM commit_event GROUP BY project_id, author_email, author_name"));
    }

    private static List<String> lines(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql + " ORDER BY 1, 2, 3").map((rs, ctx) -> rs.getString(1) + " | "
                + rs.getString(2) + " | " + rs.getString(3) + " | " + rs.getLong(4) + " | "
                + rs.getObject(5, java.time.OffsetDateTime.class).toInstant() + " | "
                + rs.getObject(6, java.time.OffsetDateTime.class).toInstant()).list());
    }

    /** A plain JDBC datasource over the database, for code that reads it without Jdbi (the scheduler). */
    public javax.sql.DataSource dataSource() {
        if (kind.equals("h2")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            return h2;
        }
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setURL(url);
        return pg;
    }

    @Override
    public void close() {
        if (kind.equals("h2")) {
            execute(url, "SHUTDOWN");
        } else {
            String schema = url.substring(url.lastIndexOf("currentSchema=") + "currentSchema=".length());
            execute(System.getenv(POSTGRES_ENV), "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url.replaceAll("password=[^&]*", "password=***"), e);
        }
    }
}
