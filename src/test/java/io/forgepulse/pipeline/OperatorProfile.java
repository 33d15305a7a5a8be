package io.forgepulse.pipeline;

import io.forgepulse.testing.SampleProject;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The service as an operator runs it: its own config profile, so the test profile's in-memory database does not
 * apply and the embedded H2 file is created in a fresh data directory; git locations restricted by
 * forgepulse.git.allowed-locations, with one configured project inside the allowed prefix and one outside.
 */
public class OperatorProfile implements QuarkusTestProfile {

    static final String ADMIN_TOKEN = "operator-admin-token";
    /** A host nothing listens on: a project tracked there fails its harvest at once, without the internet. */
    static final String ALLOWED_URL = "http://127.0.0.2:9/team/";

    /**
     * One directory per test JVM, found by its name: the profile's configuration and the tests are loaded by
     * different class loaders, so a static field would not be shared.
     */
    static synchronized Path root() {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "forgepulse-operator-" + ProcessHandle.current().pid());
        if (!Files.isDirectory(root.resolve("outside/upstream"))) {
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SampleProject.create(root.resolve("allowed/upstream"));
            SampleProject.create(root.resolve("outside/upstream"));
        }
        return root;
    }

    static Path dataDir() {
        return root().resolve("data");
    }

    @Override
    public String getConfigProfile() {
        return "operator";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Path root = root();
        return Map.of(
                "forgepulse.data-dir", dataDir().toString(),
                "forgepulse.harvest.scheduled", "false",
                "forgepulse.fixed-now", SampleProject.NOW,
                "forgepulse.api.admin-token", ADMIN_TOKEN,
                "forgepulse.git.allowed-locations", root.resolve("allowed") + "," + ALLOWED_URL,
                "forgepulse.track", "git:inside=" + root.resolve("allowed/upstream").toUri()
                        + ", git:outside=" + root.resolve("outside/upstream"),
                "quarkus.http.test-port", "0");
    }
}
