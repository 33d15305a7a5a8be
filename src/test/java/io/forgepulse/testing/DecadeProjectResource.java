package io.forgepulse.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Starts the service tracking {@link DecadeProject} as {@code git:decade}, scoring at {@link SampleProject#NOW}. */
public class DecadeProjectResource implements QuarkusTestResourceLifecycleManager {

    private static Path root;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("forgepulse-decade");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DecadeProject.create(root.resolve("decade"));
        return Map.of(
                "forgepulse.track", "git:decade=" + root.resolve("decade"),
                "forgepulse.fixed-now", SampleProject.NOW,
                "forgepulse.data-dir", root.resolve("data").toString(),
                "forgepulse.api.admin-token", SampleProjectResource.ADMIN_TOKEN,
                "forgepulse.identity.organizations", "acme-corp.com=Acme, globex-corp.com=Globex");
    }

    /** The repository, for oracles computed with git itself. */
    public static ScriptedRepo repo() {
        return ScriptedRepo.open(root.resolve("decade"));
    }

    public static Path root() {
        return root;
    }

    @Override
    public void stop() {
        TempDirectory.delete(root);
    }
}
