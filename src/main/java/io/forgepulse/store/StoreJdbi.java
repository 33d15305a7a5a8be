package io.forgepulse.store;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Builds the one Jdbi the stores share, the same way in the service and in the store tests. */
public final class StoreJdbi {

    private StoreJdbi() {
    }

    public static Jdbi create(DataSource dataSource) {
        return configure(Jdbi.create(dataSource));
    }

    static Jdbi configure(Jdbi jdbi) {
        return jdbi.installPlugin(new SqlObjectPlugin());
    }
}
