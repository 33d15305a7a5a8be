package io.forgepulse.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the service tracking {@code git:odd} ({@link OddHistory}) and {@code git:partial}, a partial clone
 * ({@code --filter=blob:none}) whose origin was moved away after cloning, so the blobs of its older commits can
 * never be fetched.
 */
public class OddHistoryResource implements QuarkusTestResourceLifecycleManager {

    private static Path root;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("forgepulse-odd");
            OddHistory.create(root.resolve("odd"));
            ScriptedRepo origin = ScriptedRepo.init(root.resolve("origin"));
            origin.git("config", "uploadpack.allowFilter", "true");
            origin.write("README.md", "# partial\n").commit("one", ScriptedRepo.ALICE, "2026-01-01T10:00:00Z");
            origin.write("a.txt", "a\n").commit("two", ScriptedRepo.BOB, "2026-02-01T10:00:00Z");
            origin.write("a.txt", "a\nb\n").commit("three", ScriptedRepo.CAROL, "2026-03-01T10:00:00Z");
            ScriptedRepo.open(root).git("clone", "-q", "--filter=blob:none", "file://" + origin.dir(),
                    root.resolve("partial").toString());
            Files.move(origin.dir(), root.resolve("moved"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "forgepulse.track", "git:odd=" + root.resolve("odd") + ", git:partial=" + root.resolve("partial"),
                "forgepulse.fixed-now", SampleProject.NOW,
                "forgepulse.data-dir", root.resolve("data").toString());
    }

    public static ScriptedRepo repo(String name) {
        return ScriptedRepo.open(root.resolve(name));
    }

    @Override
    public void stop() {
        TempDirectory.delete(root);
    }
}
