package io.forgepulse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A throw-away repository driven by the git CLI with fixed identities and dates, isolated from the user's and
 * the system's git configuration (and time zone). Also the independent oracle: tests compare what forgepulse
 * harvests with what {@code git log} itself says.
 */
public final class ScriptedRepo {

    /** Someone who commits: name, e-mail. */
    public record Who(String name, String email) {
    }

    public static final Who ALICE = new Who("Alice Ånström", "alice@example.org");
    public static final Who BOB = new Who("Bob", "bob@corp.example");
    public static final Who CAROL = new Who("Carol", "carol@example.net");
    private static final Who RELEASE_BOT = new Who("Release Bot", "release@example.org");

    private final Path dir;

    private ScriptedRepo(Path dir) {
        this.dir = dir;
    }

    public static ScriptedRepo init(Path dir) {
        ScriptedRepo repo = new ScriptedRepo(dir);
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

    public ScriptedRepo write(String path, String content) {
        return writeBytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public ScriptedRepo writeBytes(String path, byte[] content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Stages everything and commits; dates are ISO-8601 with offsets, e.g. 2021-03-04T10:00:00+05:30. */
    public String commit(String message, Who author, String authorDate, Who committer, String committerDate) {
        git("add", "-A");
        run(null, Map.of(
                "GIT_AUTHOR_NAME", author.name(), "GIT_AUTHOR_EMAIL", author.email(), "GIT_AUTHOR_DATE", authorDate,
                "GIT_COMMITTER_NAME", committer.name(), "GIT_COMMITTER_EMAIL", committer.email(),
                "GIT_COMMITTER_DATE", committerDate),
                "commit", "-q", "--allow-empty", "-m", message);
        return git("rev-parse", "HEAD");
    }

    public String commit(String message, Who who, String date) {
        return commit(message, who, date, who, date);
    }

    /** Writes the files and commits them as the author at {@code isoDate} (author and committer date alike). */
    public ScriptedRepo commit(String name, String email, String isoDate, Map<String, String> files, String message) {
        files.forEach(this::write);
        commit(message, new Who(name, email), isoDate);
        return this;
    }

    /** A merge of {@code branch} into the current branch, with a merge commit even when it could fast-forward. */
    public String merge(String branch, Who who, String date) {
        run(null, Map.of("GIT_AUTHOR_NAME", who.name(), "GIT_AUTHOR_EMAIL", who.email(), "GIT_AUTHOR_DATE", date,
                "GIT_COMMITTER_NAME", who.name(), "GIT_COMMITTER_EMAIL", who.email(), "GIT_COMMITTER_DATE", date),
                "merge", "-q", "--no-ff", "-m", "Merge " + branch, branch);
        return git("rev-parse", "HEAD");
    }

    /** An annotated tag with the given message and tagger date. */
    public void annotatedTag(String name, String message, Who tagger, String date) {
        run(null, Map.of("GIT_COMMITTER_NAME", tagger.name(), "GIT_COMMITTER_EMAIL", tagger.email(),
                "GIT_COMMITTER_DATE", date), "tag", "-a", "-m", message, name);
    }

    /** A tag at HEAD by a release bot: annotated with {@code message}, or lightweight when it is null. */
    public ScriptedRepo tag(String name, String message, String isoDate) {
        if (message == null) {
            git("tag", name);
        } else {
            annotatedTag(name, message, RELEASE_BOT, isoDate);
        }
        return this;
    }

    /** Writes a raw object (commit or tag, hand-made, e.g. with a signature) and returns its id. */
    public String hashObject(String type, String content) {
        return run(content, Map.of(), "hash-object", "-t", type, "-w", "--stdin");
    }

    /** Runs git in the repository and returns its standard output, stripped. */
    public String git(String... args) {
        return run(null, Map.of(), args);
    }

    /** Runs git with author and committer dates fixed at {@code isoDate} (merges, amended commits). */
    public String gitAt(String isoDate, String... args) {
        return run(null, Map.of("GIT_AUTHOR_DATE", isoDate, "GIT_COMMITTER_DATE", isoDate), args);
    }

    public String gitWithInput(String input, String... args) {
        return run(input, Map.of(), args);
    }

    public List<String> lines(String... args) {
        String out = git(args);
        return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    private String run(String input, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false",
                "-c", "init.defaultBranch=main", "-c", "user.name=Test", "-c", "user.email=test@example.com"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        // "format-local" dates in oracle queries must not depend on the machine's zone.
        builder.environment().put("TZ", "UTC");
        builder.environment().putAll(env);
        Path errors = null;
        try {
            Files.createDirectories(dir);
            errors = Files.createTempFile("scripted-git", ".err");
            builder.redirectError(errors.toFile());
            Process process = builder.start();
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed (" + exit + "): "
                        + Files.readString(errors));
            }
            return out.strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }
}
