package io.forgepulse.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Starts the service tracking {@link SampleProject} as {@code git:sample}, with a frozen clock and an admin token. */
public class SampleProjectResource implements QuarkusTestResourceLifecycleManager {

    public static final String ADMIN_TOKEN = "test-admin-token";
    private static Path root;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("forgepulse-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SampleProject.create(root.resolve("sample"));
        return Map.of(
                // git:broken points at no repository: its failure must be recorded and must not stop git:sample.
                "forgepulse.track", "git:broken=" + root.resolve("missing") + ", git:sample=" + root.resolve("sample"),
                "forgepulse.fixed-now", SampleProject.NOW,
                "forgepulse.data-dir", root.resolve("data").toString(),
                "forgepulse.api.admin-token", ADMIN_TOKEN,
                // One person per company in the sample: unmapped, each domain would be that person's own (personal).
                "forgepulse.identity.organizations", SampleProject.ORGANIZATIONS);
    }

    /** The sample repository, for oracles computed with git itself. */
    public static ScriptedRepo repo() {
        return ScriptedRepo.open(root.resolve("sample"));
    }

    public static Path root() {
        return root;
    }

    @Override
    public void stop() {
        TempDirectory.delete(root);
    }
}
