package io.forgepulse.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test that runs on PostgreSQL only: skipped, with the reason, where {@code FORGEPULSE_TEST_POSTGRES_URL} names no
 * database (a parameterized test would otherwise have no arguments there, which JUnit counts as an error).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_ENV, matches = ".+",
        disabledReason = "runs on PostgreSQL only; set FORGEPULSE_TEST_POSTGRES_URL")
@interface OnPostgreSQL {
}
