package io.forgepulse.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A large linear repository written with {@code git fast-import} (thousands of commits per second), for tests that
 * need a harvest long enough to interrupt.
 */
public final class GeneratedRepo {

    private GeneratedRepo() {
    }

    /** Creates a bare repository at {@code dir} with {@code commits} commits by {@code authors} people. */
    public static ScriptedRepo create(Path dir, int commits, int authors) {
        ScriptedRepo repo = ScriptedRepo.init(dir);
        try {
            Process p = new ProcessBuilder("git", "fast-import", "--quiet").directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream out = p.getOutputStream()) {
                long epoch = 1_600_000_000L;
                for (int i = 1; i <= commits; i++) {
                    int a = (i * 7919) % authors;
                    String who = "Dev " + a + " <dev" + a + "@org" + (a % 5) + ".example>";
                    String msg = "Change " + i + "\n";
                    String content = "line " + i + "\n".repeat(1 + i % 5);
                    StringBuilder s = new StringBuilder();
                    s.append("commit refs/heads/main\nmark :").append(i).append('\n')
                            .append("author ").append(who).append(' ').append(epoch + i * 3600L).append(" +0200\n")
                            .append("committer ").append(who).append(' ').append(epoch + i * 3600L).append(" +0200\n")
                            .append("data ").append(msg.getBytes(StandardCharsets.UTF_8).length).append('\n').append(msg);
                    if (i > 1) {
                        s.append("from :").append(i - 1).append('\n');
                    }
                    s.append("M 100644 inline src/file").append(i % 97).append(".txt\n")
                            .append("data ").append(content.getBytes(StandardCharsets.UTF_8).length).append('\n')
                            .append(content).append('\n');
                    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("git fast-import failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        repo.git("reset", "-q", "--hard", "main");
        return repo;
    }
}
