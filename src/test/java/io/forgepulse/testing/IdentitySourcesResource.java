package io.forgepulse.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the service tracking {@code git:aliases}, a repository whose people have several addresses, with an
 * operator identities file that merges two of Bob's addresses (no rule of its own would) and splits Carol's two
 * (which the same-name rule would merge). No {@code .mailmap} yet: the test commits one.
 */
public class IdentitySourcesResource implements QuarkusTestResourceLifecycleManager {

    public static final String IDENTITIES = """
            # Bob's personal address is his: only this file says so.
            person: Bob Roe
            alias: bob@acme.com
            alias: bobby@gmail.com
            # Two people called Carol Chen.
            split: carol@b.example
            """;

    private static Path root;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("forgepulse-aliases");
            Files.writeString(root.resolve("identities.txt"), IDENTITIES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScriptedRepo repo = ScriptedRepo.init(root.resolve("aliases"));
        int day = 1;
        for (String[] who : new String[][] {
            {"Jane Doe", "jane@example.org", "4"}, {"jd", "jd@laptop.home", "3"}, {"Bob Roe", "bob@acme.com", "3"},
            {"bobby", "bobby@gmail.com", "1"}, {"Carol Chen", "carol@a.example", "1"},
            {"Carol Chen", "carol@b.example", "1"}}) {
            for (int i = 0; i < Integer.parseInt(who[2]); i++, day++) {
                repo.commit(who[0], who[1], String.format("2026-05-%02dT10:00:00Z", day),
                        Map.of("f" + day + ".txt", "change " + day + "\n"), "Change " + day);
            }
        }
        return Map.of(
                "forgepulse.track", "git:aliases=" + root.resolve("aliases"),
                "forgepulse.fixed-now", SampleProject.NOW,
                "forgepulse.data-dir", root.resolve("data").toString(),
                "forgepulse.identity.file", root.resolve("identities.txt").toString());
    }

    public static ScriptedRepo repo() {
        return ScriptedRepo.open(root.resolve("aliases"));
    }

    @Override
    public void stop() {
        TempDirectory.delete(root);
    }
}
