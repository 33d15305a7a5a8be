package io.forgepulse.forge.git;

import io.forgepulse.domain.UrlCredentials;
import io.forgepulse.forge.ForgeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the {@code git} CLI in one directory: stdout is handed to a reader as a stream, stderr is drained on
 * its own thread (so a chatty git never blocks on a full pipe) and ends up in the error message, and the exit
 * code is checked. Arguments are passed as a list, never through a shell.
 */
final class GitProcess {

    /** Config that must not come from the user's or system's git config: it would change what we parse. */
    private static final List<String> FIXED_CONFIG = List.of(
            "-c", "log.showSignature=false",
            "-c", "core.quotePath=false",
            "-c", "color.ui=false");

    private static final int STDERR_KEPT = 4_000;

    /** Reads git's stdout; it must read to the end (or throw), otherwise git may die of a broken pipe. */
    @FunctionalInterface
    interface StdoutReader<T> {
        T read(InputStream stdout) throws IOException;
    }

    /** Writes git's stdin; it runs on its own thread, so a large input never deadlocks against git's output. */
    @FunctionalInterface
    interface StdinWriter {
        void write(OutputStream stdin) throws IOException;

        /** Writes each of {@code lines} and a newline, as git's {@code --stdin} and {@code --batch} modes read them. */
        static StdinWriter lines(Collection<String> lines) {
            return stdin -> {
                Writer writer = new OutputStreamWriter(stdin, StandardCharsets.UTF_8);
                for (String line : lines) {
                    writer.write(line);
                    writer.write('\n');
                }
                writer.flush();
            };
        }
    }

    private final Path directory;
    private final Path ceiling;

    /**
     * @param directory where git runs ({@code git -C directory})
     * @param ceiling a directory git must not search upwards into, so a plain directory inside some other
     *                repository is never silently read as that repository; null to allow the search
     */
    GitProcess(Path directory, Path ceiling) {
        this.directory = directory;
        this.ceiling = ceiling;
    }

    Path directory() {
        return directory;
    }

    /** Runs git and returns its trimmed stdout; a non-zero exit is a {@link ForgeException}. */
    String text(String... args) throws ForgeException {
        return run(List.of(args), null, GitProcess::readAll).trim();
    }

    /**
     * Runs a git query whose exit code 1 means "no such thing" ({@code rev-parse --verify -q},
     * {@code symbolic-ref -q}, {@code config --get}); any other failure is still an error.
     */
    Optional<String> probe(String... args) throws ForgeException {
        Outcome<String> outcome = start(List.of(args), null, GitProcess::readAll);
        if (outcome.exitCode() == 1) {
            return Optional.empty();
        }
        check(List.of(args), outcome);
        String out = outcome.value().trim();
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** Runs git, feeding {@code stdin} (or nothing) and streaming stdout to {@code reader}. */
    <T> T run(List<String> args, StdinWriter stdin, StdoutReader<T> reader) throws ForgeException {
        Outcome<T> outcome = start(args, stdin, reader);
        check(args, outcome);
        return outcome.value();
    }

    private record Outcome<T>(int exitCode, T value, String stderr) {
    }

    private <T> Outcome<T> start(List<String> args, StdinWriter stdin, StdoutReader<T> reader) throws ForgeException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(directory.toString());
        command.addAll(FIXED_CONFIG);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        configure(builder.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ForgeException("could not start git (is it installed and on the PATH?): " + e.getMessage(), e);
        }
        StderrDrain stderr = new StderrDrain(process.getErrorStream());
        Thread stderrThread = daemon(stderr, "git-stderr");
        Thread stdinThread = null;
        boolean finished = false;
        try {
            stderrThread.start();
            if (stdin == null) {
                process.getOutputStream().close();
            } else {
                stdinThread = daemon(() -> feed(process, stdin), "git-stdin");
                stdinThread.start();
            }
            T value;
            try (InputStream out = process.getInputStream()) {
                value = reader.read(out);
            }
            int exit = process.waitFor();
            stderrThread.join();
            finished = true;
            return new Outcome<>(exit, value, stderr.text());
        } catch (IOException | UncheckedIOException e) {
            throw new ForgeException(describe(args) + " could not be read: " + e.getMessage()
                    + suffix(stderr.text()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForgeException(describe(args) + " was interrupted", e);
        } finally {
            if (!finished) {
                // The reader gave up (or a sink threw): don't leave git blocked on a pipe nobody reads.
                process.destroyForcibly();
            }
            if (stdinThread != null) {
                stdinThread.interrupt();
            }
        }
    }

    private void configure(Map<String, String> env) {
        // Never wait for a password or passphrase nobody will type.
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_ASKPASS", "true");
        env.put("SSH_ASKPASS", "true");
        env.put("LC_ALL", "C");
        // Variables a caller's environment (a hook, a CI job) may set that would point git elsewhere.
        for (String inherited : List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
                "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES")) {
            env.remove(inherited);
        }
        if (ceiling != null) {
            env.put("GIT_CEILING_DIRECTORIES", ceiling.toString());
        }
    }

    private static void feed(Process process, StdinWriter stdin) {
        try (OutputStream in = process.getOutputStream()) {
            stdin.write(in);
        } catch (IOException e) {
            // git exited early; its exit code and stderr tell why.
        }
    }

    private <T> void check(List<String> args, Outcome<T> outcome) throws ForgeException {
        if (outcome.exitCode() != 0) {
            throw new ForgeException(describe(args) + " failed in " + directory + " (exit " + outcome.exitCode() + ")"
                    + suffix(outcome.stderr()));
        }
    }

    private static String suffix(String stderr) {
        String trimmed = stderr.strip();
        return trimmed.isEmpty() ? "" : ": " + UrlCredentials.redacted(trimmed);
    }

    /** The command as a person would recognise it: without {@code -c} settings, and short. */
    private static String describe(List<String> args) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("-c")) {
                i++;
            } else {
                shown.add(args.get(i));
            }
        }
        String tail = shown.size() > 6 ? " ..." : "";
        return UrlCredentials.redacted("git " + String.join(" ", shown.subList(0, Math.min(6, shown.size()))) + tail);
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** A reader for commands whose output is the whole answer. */
    static String readText(InputStream in) throws IOException {
        return readAll(in);
    }

    /** A reader for commands run for their effect: reads and forgets stdout. */
    static Void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
        return null;
    }

    /** A daemon thread, not started: git's pipes are read and written on these, none keeping the JVM from exiting. */
    static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Keeps the head of stderr (where git says what went wrong) and discards the rest. */
    private static final class StderrDrain implements Runnable {
        private final InputStream in;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        StderrDrain(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (kept) {
                        int room = STDERR_KEPT - kept.size();
                        if (room > 0) {
                            kept.write(buffer, 0, Math.min(room, n));
                        }
                    }
                }
            } catch (IOException e) {
                // The process was destroyed; whatever was kept is all there is.
            }
        }

        String text() {
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
