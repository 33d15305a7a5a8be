package io.forgepulse.forge.git;

import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.HashSet;

/**
 * The "commits" stream: the non-merge commits reachable from HEAD and not from the stored position, read in the
 * walk's order by one {@code git log} process or several at once ({@link ShardedLog}) and pushed to the sink in
 * batches (see {@link CommitCursor} for why resuming from any stored batch loses nothing). Merges are read too but
 * not emitted: they tell the cursor where lines of history join, which keeps it small (see {@link CommitBatches}).
 */
final class CommitHarvest {

    /**
     * Options that pin the output format whatever the user's config says ({@code log.abbrevCommit},
     * {@code log.mailmap}, notes, decorations, {@code diff.renames}, {@code log.showRoot} all change it).
     * Identities are read raw and then mapped by {@link Mailmap} (git's own check-mailmap), one call per batch.
     */
    private static final List<String> LOG = List.of(
            "log", "--topo-order", "--reverse", "--pretty=raw", "--numstat",
            "--no-abbrev-commit", "--no-decorate", "--no-notes", "--no-mailmap", "--no-show-signature",
            "--no-color", "--encoding=UTF-8", "--find-renames", "--root");

    /**
     * The same read without file contents: {@code --raw} lists each changed file by id from the trees alone (no
     * rename detection, which reads contents), for a partial clone that cannot fetch what {@code --numstat} needs.
     */
    private static final List<String> LOG_WITHOUT_CONTENTS = LOG.stream()
            .map(arg -> switch (arg) {
                case "--numstat" -> "--raw";
                case "--no-abbrev-commit" -> "--no-abbrev"; // whole file ids too, to look them up
                case "--find-renames" -> "--no-renames";
                default -> arg;
            }).toList();

    /**
     * The most commits dealt to one of several log processes at a time: small enough that the first batch is not
     * long in coming and the processes stay even, large enough that dealing costs nothing.
     */
    private static final int CHUNK = 512;

    private final GitProcess git;
    private final int batchSize;
    private final int logProcesses;

    /** @param logProcesses how many {@code git log} processes read a range at once (1: one, no listing first) */
    CommitHarvest(GitProcess git, int batchSize, int logProcesses) {
        this.git = git;
        this.batchSize = batchSize;
        this.logProcesses = logProcesses;
    }

    /** Emits the commit batches; returns {@code cursor} with the "commits" stream moved as far as it went. */
    HarvestCursor run(HarvestCursor cursor, HarvestSink sink) throws ForgeException {
        Optional<String> head = git.probe("rev-parse", "--verify", "-q", "HEAD^{commit}");
        if (head.isEmpty()) {
            return cursor; // an empty repository: no commits yet
        }
        String tip = head.get();
        Mailmap mailmap = new Mailmap(git);
        String mailmapVersion = mailmap.version();
        CommitCursor stored = CommitCursor.parse(cursor.position(CommitCursor.STREAM));
        if (!cursor.position(Mailmap.STREAM).orElse("none").equals(mailmapVersion)) {
            // A changed .mailmap renames authors of old commits too: read everything again (the store updates
            // identities that changed), once, and remember this mailmap.
            stored = CommitCursor.parse(Optional.empty());
            cursor = cursor.with(Mailmap.STREAM, mailmapVersion);
        }
        if (stored.isExactly(tip)) {
            return cursor; // nothing new: one rev-parse, no log
        }
        CommitCursor known = existing(stored);
        // The count is progress only, said when the first batch is mapped, right before it is handed over: the
        // several processes' listing counts as it deals; one process has it counted beside its log, not before it.
        CompletableFuture<Integer> count = logProcesses > 1 ? new CompletableFuture<>() : count(range(tip, known));
        Runnable sayCount = sayOnce(sink, count);
        CommitBatches batches = new CommitBatches(batchSize, cursor, known, sink, commits -> {
            sayCount.run();
            return mailmap.apply(commits);
        });
        try {
            if (logProcesses > 1) {
                new ShardedLog(git, logProcesses, Math.min(batchSize, CHUNK))
                        .read(LOG, range(tip, known), batches::accept, count::complete);
            } else {
                git.run(args(LOG, tip, known), null, new RawLogParser(batches::accept)::parse);
            }
        } catch (ForgeException e) {
            // A partial clone whose origin has gone: git tries to fetch each missing file and dies of the first.
            // What was stored stays; the rest is read again from the trees alone, lines unknown where files are not here.
            CommitCursor reached = batches.handedOver();
            Set<String> missing = MissingFiles.in(git, range(tip, reached));
            if (missing.isEmpty()) {
                throw e;
            }
            Set<String> unknownLines = new HashSet<>();
            LineCounts lines = new LineCounts(git, unknownLines);
            batches = new CommitBatches(batchSize, batches.cursor(), reached, sink, commits -> {
                sayCount.run();
                return mailmap.apply(lines.fill(commits));
            });
            git.run(args(LOG_WITHOUT_CONTENTS, tip, reached), null,
                    new RawLogParser(batches::accept, missing, unknownLines)::parse);
            HarvestCursor done = batches.finish(tip);
            if (lines.unknown() > 0) {
                sink.note((lines.unknown() == 1 ? "1 commit has" : lines.unknown() + " commits have")
                        + " no line counts: files they change are missing from this partial clone and could not be"
                        + " fetched (their files are counted, their lines as 0)");
            }
            return done;
        }
        return batches.finish(tip);
    }

    private static List<String> args(List<String> log, String tip, CommitCursor known) {
        List<String> args = new ArrayList<>(log);
        args.addAll(range(tip, known));
        return args;
    }

    /** The commits from {@code tip} that are not stored yet, as revision arguments ending with {@code --}. */
    private static List<String> range(String tip, CommitCursor known) {
        List<String> range = new ArrayList<>();
        range.add(tip);
        for (String excluded : known.exclusions()) {
            range.add("^" + excluded);
        }
        range.add("--");
        return range;
    }

    /**
     * The non-merge commits of the range, as the log below emits them, counted on a thread of its own: counting walks
     * the commit graph only (no trees, no diffs), a small part of what the log itself costs. 0 when git fails.
     */
    private CompletableFuture<Integer> count(List<String> range) {
        List<String> args = new ArrayList<>(List.of("rev-list", "--count", "--no-merges"));
        args.addAll(range);
        return CompletableFuture.supplyAsync(() -> {
            try {
                String out = git.run(args, null, GitProcess::readText).trim();
                return out.matches("\\d{1,9}") ? Integer.parseInt(out) : 0;
            } catch (ForgeException e) {
                return 0;
            }
        }, task -> GitProcess.daemon(task, "git-count").start());
    }

    /** Says the count to the sink the first time it runs (waiting for it then), and nothing after. */
    private static Runnable sayOnce(HarvestSink sink, CompletableFuture<Integer> count) {
        AtomicBoolean said = new AtomicBoolean();
        return () -> {
            if (said.compareAndSet(false, true)) {
                sink.expect(CommitCursor.STREAM, count.join());
            }
        };
    }

    /**
     * Drops exclusions that are no longer commits here (history rewritten and collected, or a different
     * repository at the same location): excluding them would make git fail. With none left everything is
     * read again, which the store's upserts make harmless.
     */
    private CommitCursor existing(CommitCursor stored) throws ForgeException {
        if (stored.exclusions().isEmpty()) {
            return stored;
        }
        Set<String> commits = git.run(List.of("cat-file", "--batch-check"), GitProcess.StdinWriter.lines(stored.exclusions()), stdout -> {
            Set<String> found = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.US_ASCII));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length >= 2 && parts[1].equals("commit")) {
                    found.add(parts[0]);
                }
            }
            return found;
        });
        return new CommitCursor(stored.exclusions().stream().filter(commits::contains).toList());
    }
}
