package io.forgepulse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A git repository built by a test with scripted authors, dates and files, and the {@code git} commands that serve
 * as the independent oracle for what forgepulse harvests from it.
 */
public final class ScriptedRepo {

    private final Path dir;

    private ScriptedRepo(Path dir) {
        this.dir = dir;
    }

    public static ScriptedRepo init(Path dir) {
        ScriptedRepo repo = new ScriptedRepo(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    /** An existing repository. */
    public static ScriptedRepo open(Path dir) {
        return new ScriptedRepo(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Writes the files and commits them as the author at {@code isoDate} (author and committer date alike). */
    public ScriptedRepo commit(String name, String email, String isoDate, Map<String, String> files, String message) {
        files.forEach((path, content) -> {
            try {
                Path file = dir.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        git("add", "-A");
        run(List.of("git", "commit", "-q", "--allow-empty", "-m", message), Map.of(
                "GIT_AUTHOR_NAME", name, "GIT_AUTHOR_EMAIL", email, "GIT_AUTHOR_DATE", isoDate,
                "GIT_COMMITTER_NAME", name, "GIT_COMMITTER_EMAIL", email, "GIT_COMMITTER_DATE", isoDate));
        return this;
    }

    public ScriptedRepo tag(String name, String message, String isoDate) {
        List<String> cmd = new ArrayList<>(List.of("git", "tag"));
        if (message != null) {
            cmd.addAll(List.of("-a", "-m", message));
        }
        cmd.add(name);
        run(cmd, Map.of("GIT_COMMITTER_NAME", "Release Bot", "GIT_COMMITTER_EMAIL", "release@example.org",
                "GIT_COMMITTER_DATE", isoDate));
        return this;
    }

    /** Runs git in the repository and returns its standard output. */
    public String git(String... args) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of());
    }

    /** Runs git with author and committer dates fixed at {@code isoDate} (merges, amended commits). */
    public String gitAt(String isoDate, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of("GIT_AUTHOR_DATE", isoDate, "GIT_COMMITTER_DATE", isoDate));
    }

    private String run(List<String> cmd, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
            pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            pb.environment().put("GIT_CONFIG_COUNT", "3");
            pb.environment().put("GIT_CONFIG_KEY_0", "user.name");
            pb.environment().put("GIT_CONFIG_VALUE_0", "Scripted");
            pb.environment().put("GIT_CONFIG_KEY_1", "user.email");
            pb.environment().put("GIT_CONFIG_VALUE_1", "scripted@example.org");
            pb.environment().put("GIT_CONFIG_KEY_2", "commit.gpgsign");
            pb.environment().put("GIT_CONFIG_VALUE_2", "false");
            pb.environment().put("TZ", "UTC");
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
