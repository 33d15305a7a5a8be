package io.forgepulse.store;

import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/** The two databases the store runs on; they differ only in the atomic form of an upsert ({@link Upsert}). */
enum Dialect {
    H2, POSTGRESQL;

    /** The dialect of the database behind {@code jdbi}, from its JDBC metadata (one connection, once per store). */
    static Dialect of(Jdbi jdbi) {
        // A connection's metadata, not configuration: the store tests hand a bare Jdbi over either database.
        String product;
        try {
            product = jdbi.withHandle(h -> h.getConnection().getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw new StoreRefused("the database's metadata", e);
        }
        return product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    /** A store's upserts rendered for its database, which is asked once, at the first write. */
    static final class Rendering {

        private final Jdbi jdbi;
        private volatile Dialect dialect;

        Rendering(Jdbi jdbi) {
            this.jdbi = jdbi;
        }

        String sql(Upsert upsert) {
            Dialect known = dialect;
            if (known == null) {
                known = of(jdbi);
                dialect = known;
            }
            return upsert.sql(known);
        }
    }
}
