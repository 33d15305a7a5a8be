package io.forgepulse.store;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The one active datasource (the build carries an H2 and a PostgreSQL one), for the clustered scheduler, which reads
 * and claims its table over plain JDBC.
 */
public final class ActiveDataSource {

    private final DataSource dataSource;
    private volatile Dialect dialect;

    ActiveDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * True when only this process can open the database: the embedded H2 file is locked by the process that opened
     * it, so whatever it finds claimed or running at start-up was left by a process that has stopped. PostgreSQL is
     * shared by every instance configured with its URL.
     */
    public boolean exclusive() {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.of(Jdbi.create(dataSource));
            dialect = known;
        }
        return known == Dialect.H2;
    }
}
