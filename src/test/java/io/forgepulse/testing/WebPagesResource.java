package io.forgepulse.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The web pages' service: {@link SampleProject} as {@code git:sample}, the candidates {@code git:alpha} and
 * {@code git:beta} ({@link CandidateProject}), and {@code git:broken} whose first harvest fails; its own in-memory
 * database and a frozen scoring clock.
 */
public class WebPagesResource implements QuarkusTestResourceLifecycleManager {

    private static Path root;

    /** A test profile of its own, so this service and its database are not the other suites'. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WebPagesResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("forgepulse-web");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SampleProject.create(root.resolve("sample"));
        CandidateProject.alpha(root.resolve("alpha"));
        CandidateProject.beta(root.resolve("beta"));
        return Map.of(
                "forgepulse.track", "git:sample=" + root.resolve("sample") + ",git:alpha=" + root.resolve("alpha")
                        + ",git:beta=" + root.resolve("beta") + ",git:broken=" + root.resolve("missing"),
                "forgepulse.fixed-now", SampleProject.NOW,
                "forgepulse.data-dir", root.resolve("data").toString(),
                "forgepulse.api.admin-token", SampleProjectResource.ADMIN_TOKEN,
                "quarkus.datasource.h2.jdbc.url", "jdbc:h2:mem:forgepulse-web;DB_CLOSE_DELAY=-1");
    }

    /** Where a project added by a test may live (a directory that does not exist yet). */
    public static Path root() {
        return root;
    }

    @Override
    public void stop() {
        TempDirectory.delete(root);
    }
}
