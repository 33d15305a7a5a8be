package io.forgepulse.store;

import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Produces Jdbi over whichever datasource is active: the build carries both an H2 and a PostgreSQL datasource
 * (db-kind is fixed at build time) and configuration activates exactly one at run time.
 */
@ApplicationScoped
class JdbiProducer {

    @Produces
    @Singleton
    ActiveDataSource active(@Any InjectableInstance<DataSource> dataSources) {
        List<DataSource> active = dataSources.listActive();
        if (active.size() != 1) {
            throw new IllegalStateException("Exactly one datasource must be active, found " + active.size()
                    + ": use the embedded H2 default, or the 'pg' profile with a PostgreSQL URL (see README)");
        }
        return new ActiveDataSource(active.get(0));
    }

    @Produces
    @Singleton
    Jdbi jdbi(ActiveDataSource active) {
        return StoreJdbi.create(active.dataSource());
    }
}
