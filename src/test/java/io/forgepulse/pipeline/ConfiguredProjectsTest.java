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
import java.util.concurrent.TimeUnit;
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

    @Inject
    ProjectRegistry registry;

    @Inject
    ListingVersion listing;

    @Inject
    StartupRescoring rescoring;

    @Test
    void anUnchangedConfigurationWritesNothingAndAChangedOneIsFollowed() throws Exception {
        rescoring.finished().get(1, TimeUnit.MINUTES);
        List<StoredProject> before = registry.all();
        String sample = location(before, SAMPLE);
        List<String> configured = before.stream().map(p -> p.id().value() + "=" + p.location()).toList();

        long version = listing.current();
        registry.syncConfigured(configured);
        assertThat(listing.current()).as("every write of a tracked project raises the listing version")
                .isEqualTo(version);
        assertThat(registry.all()).isEqualTo(before);

        // A new entry, and the sample moved to another location (the same repository, spelled with a trailing /.).
        String moved = sample + "/.";
        registry.syncConfigured(List.of("git:sample=" + moved, "git:other=" + sample));
        List<StoredProject> after = registry.all();
        assertThat(after).extracting(StoredProject::id).containsExactlyInAnyOrder(SAMPLE, OTHER);
        assertThat(location(after, SAMPLE)).isEqualTo(moved);
        assertThat(listing.current()).isGreaterThan(version);

        // Back to the configuration the other tests of this profile expect.
        registry.syncConfigured(configured);
        assertThat(registry.all()).extracting(StoredProject::id)
                .containsExactlyInAnyOrderElementsOf(before.stream().map(StoredProject::id).toList());
        assertThat(location(registry.all(), SAMPLE)).isEqualTo(sample);
    }

    private static String location(List<StoredProject> projects, ProjectId id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().location();
    }
}
