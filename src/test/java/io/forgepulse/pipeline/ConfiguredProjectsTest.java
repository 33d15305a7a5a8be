package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.store.ListingVersion;
import io.forgepulse.store.StoredProject;
import io.forgepulse.testing.SampleProjectResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

/**
 * Start-up keeps the tracked projects in step with {@code forgepulse.track}: an unchanged configuration writes
 * nothing (a restart with 1,000 projects costs one read, not a transaction per project), a new or moved entry is
 * written, and a configured project that left the configuration stops being tracked.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
class ConfiguredProjectsTest {

    private static final ProjectId SAMPLE = ProjectId.parse("git:sample");
    private static final ProjectId OTHER = ProjectId.parse("git:other");
    /** What tracking a project runs (its insert-if-absent, then its update), and not project_snapshot's inserts. */
    private static final Pattern PROJECT_ROW_WRITE =
            Pattern.compile("(INSERT|MERGE) INTO PROJECT[\\s(]|UPDATE PROJECT SET LOCATION");

    @Inject
    ProjectRegistry registry;

    @Inject
    ListingVersion listing;

    @Inject
    StartupRescoring rescoring;

    @Inject
    Jdbi jdbi;

    @Test
    void anUnchangedConfigurationWritesNothingAndAChangedOneIsFollowed() throws Exception {
        rescoring.finished().get(1, TimeUnit.MINUTES);
        List<StoredProject> before = registry.all();
        String sample = location(before, SAMPLE);
        // Other tests of this profile may have tracked projects over the API: those are not the configuration's.
        List<String> configured = configured(before).stream().map(p -> p.id().value() + "=" + p.location()).toList();

        // Only writes of project rows count: the start-up harvest may write its runs meanwhile.
        List<String> writes = new CopyOnWriteArrayList<>();
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                String sql = context.getRenderedSql().toUpperCase(Locale.ROOT);
                if (PROJECT_ROW_WRITE.matcher(sql).find()) {
                    writes.add(sql);
                }
            }
        });
        try {
            registry.syncConfigured(configured);
            assertThat(writes).as("project rows written by an unchanged configuration").isEmpty();
        } finally {
            jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        }
        assertThat(registry.all()).isEqualTo(before);
        long version = listing.current();

        // A new entry, and the sample moved to another location (the same repository, spelled with a trailing /.).
        String moved = sample + "/.";
        registry.syncConfigured(List.of("git:sample=" + moved, "git:other=" + sample));
        List<StoredProject> after = registry.all();
        assertThat(configured(after)).extracting(StoredProject::id).containsExactlyInAnyOrder(SAMPLE, OTHER);
        assertThat(location(after, SAMPLE)).isEqualTo(moved);
        assertThat(listing.current()).isGreaterThan(version);

        // Back to the configuration the other tests of this profile expect.
        registry.syncConfigured(configured);
        assertThat(registry.all()).extracting(StoredProject::id)
                .containsExactlyInAnyOrderElementsOf(before.stream().map(StoredProject::id).toList());
        assertThat(location(registry.all(), SAMPLE)).isEqualTo(sample);
    }

    private static List<StoredProject> configured(List<StoredProject> projects) {
        return projects.stream().filter(p -> StoredProject.ORIGIN_CONFIG.equals(p.origin())).toList();
    }

    private static String location(List<StoredProject> projects, ProjectId id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().location();
    }
}
