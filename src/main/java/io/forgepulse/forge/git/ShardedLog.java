package io.forgepulse.forge.git;

import io.forgepulse.domain.Commit;
import io.forgepulse.forge.ForgeException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.IntConsumer;

/**
 * Reads one range of history with several {@code git log} processes at once and hands its commits on in the range's
 * own order ({@code --topo-order --reverse}, parents first), as one process would.
 *
 * <p>Why: computing each commit's {@code --numstat} is most of an ingest's time and runs on one core per process.
 * One {@code rev-list --parents} (the graph only, a small part of the cost) lists the range in order; its commits
 * are dealt out in chunks, chunk {@code i} to process {@code i mod k}, each process reading its commits on stdin with
 * {@code --no-walk=unsorted} (which shows exactly those, in the order given, with the same output as the walk). The
 * caller takes chunk 0 from process 0, chunk 1 from process 1, and so on, while each process works one chunk or two
 * ahead; the queues between them are bounded, so memory does not grow with the range.
 *
 * <p>Every process is started only when its first chunk is dealt (a process given no commit would show HEAD), and
 * a process that fails, or gives more or fewer commits than it was dealt, fails the read: the caller has then handed
 * on a prefix of the range, which is what a single process failing part-way would have done.
 */
final class ShardedLog {

    /** The walk's order is the one the commits are dealt in; each process shows just what it is given. */
    private static final List<String> WALK = List.of("--topo-order", "--reverse");

    private final GitProcess git;
    private final int processes;
    private final int chunk;

    /**
     * @param processes how many {@code git log} processes run at once, at least 2
     * @param chunk commits dealt to one process at a time
     */
    ShardedLog(GitProcess git, int processes, int chunk) {
        if (processes < 2 || chunk < 1) {
            throw new IllegalArgumentException("need 2 or more processes and a chunk of 1 or more commits");
        }
        this.git = git;
        this.processes = processes;
        this.chunk = chunk;
    }

    /**
     * Reads the range with {@code log}'s options (those of a single walk: its {@code --topo-order --reverse} are
     * replaced by the dealt order), handing each commit on to {@code out}, and says the range's non-merge commits to
     * {@code nonMerges} as soon as they are listed (0 if listing fails).
     */
    void read(List<String> log, List<String> range, RawLogParser.Sink out, IntConsumer nonMerges)
            throws ForgeException {
        List<String> options = new ArrayList<>(log.stream().filter(arg -> !WALK.contains(arg)).toList());
        options.addAll(List.of("--no-walk=unsorted", "--stdin"));
        Dealer dealer = new Dealer(options, range, nonMerges);
        Thread dealing = GitProcess.daemon(dealer::run, "git-rev-list");
        dealing.start();
        boolean done = false;
        try {
            int dealt = 0;
            for (int size; (size = dealer.plan.take()) != Dealer.END; dealt++) {
                Shard shard = dealer.shards.get(dealt % processes);
                for (int i = 0; i < size; i++) {
                    Item item = shard.items.take();
                    if (item.commit == null) {
                        throw item.failure(dealt, "fewer commits than it was given");
                    }
                    out.accept(item.commit, item.parents);
                }
            }
            if (dealer.failure != null) {
                throw dealer.failure;
            }
            for (Shard shard : dealer.shards) {
                Item last = shard.items.take();
                if (last.commit != null || last.error != null) {
                    throw last.failure(dealt, "more commits than it was given");
                }
            }
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForgeException("the git log was interrupted", e);
        } finally {
            if (!done) {
                // Stop every process still at work: nobody reads what they would show.
                dealing.interrupt();
                dealer.shards.forEach(shard -> shard.thread.interrupt());
            }
        }
    }

    /** Lists the range and deals its commits to the processes, starting each with its first chunk. */
    private final class Dealer {
        static final int END = -1;

        /** The size of each chunk dealt, in order, then {@link #END}. */
        final BlockingQueue<Integer> plan = new LinkedBlockingQueue<>();
        /** The processes started so far; only the dealer adds, before it plans their first chunk. */
        final List<Shard> shards = new CopyOnWriteArrayList<>();
        private final List<String> options;
        private final List<String> range;
        private final IntConsumer nonMerges;
        volatile ForgeException failure;

        Dealer(List<String> options, List<String> range, IntConsumer nonMerges) {
            this.options = options;
            this.range = range;
            this.nonMerges = nonMerges;
        }

        void run() {
            int[] counted = {0};
            try {
                List<String> args = new ArrayList<>(List.of("rev-list", "--topo-order", "--reverse", "--parents"));
                args.addAll(range);
                git.run(args, null, stdout -> {
                    BufferedReader reader =
                            new BufferedReader(new InputStreamReader(stdout, StandardCharsets.US_ASCII));
                    int index = 0;
                    String line;
                    while ((line = reader.readLine()) != null) {
                        int space = line.indexOf(' ');
                        if (space < 0 || line.indexOf(' ', space + 1) < 0) {
                            counted[0]++; // a root or one parent: not a merge
                        }
                        int shard = (index / chunk) % processes;
                        if (shard == shards.size()) {
                            shards.add(new Shard(options, shard));
                        }
                        shards.get(shard).shas.add(space < 0 ? line : line.substring(0, space));
                        index++;
                        if (index % chunk == 0) {
                            plan.add(chunk);
                        }
                    }
                    if (index % chunk != 0) {
                        plan.add(index % chunk);
                    }
                    return null;
                });
            } catch (ForgeException e) {
                failure = e;
            } finally {
                shards.forEach(shard -> shard.shas.add(Shard.END));
                nonMerges.accept(failure == null ? counted[0] : 0);
                plan.add(END);
            }
        }
    }

    /** One {@code git log} process: the commits dealt to it in, its commits out, at most two chunks ahead. */
    private final class Shard {
        static final String END = "";

        final BlockingQueue<String> shas = new LinkedBlockingQueue<>();
        final BlockingQueue<Item> items = new ArrayBlockingQueue<>(2 * chunk + 1);
        final Thread thread;

        Shard(List<String> options, int index) {
            thread = GitProcess.daemon(() -> run(options), "git-log-" + index);
            thread.start();
        }

        private void run(List<String> options) {
            Item last;
            try {
                git.run(options, stdin -> {
                    Writer writer = new OutputStreamWriter(stdin, StandardCharsets.US_ASCII);
                    try {
                        for (String sha; !(sha = shas.take()).equals(END); ) {
                            writer.write(sha);
                            writer.write('\n');
                        }
                    } catch (InterruptedException e) {
                        throw new InterruptedIOException("the git log was stopped");
                    }
                    writer.flush();
                }, new RawLogParser((commit, parents) -> put(new Item(commit, parents, null)))::parse);
                last = new Item(null, null, null);
            } catch (ForgeException e) {
                last = new Item(null, null, e);
            }
            try {
                items.put(last);
            } catch (InterruptedException e) {
                // The read was given up: nobody takes it.
            }
        }

        private void put(Item item) {
            try {
                items.put(item);
            } catch (InterruptedException e) {
                throw new UncheckedIOException(new InterruptedIOException("the git log was stopped"));
            }
        }
    }

    /** A commit a process showed; or, without one, its end: clean, or the error it ended with. */
    private record Item(Commit commit, List<String> parents, ForgeException error) {

        ForgeException failure(int chunkIndex, String otherwise) {
            return error != null ? error
                    : new ForgeException("git log showed " + otherwise + " (chunk " + chunkIndex + " of the range)");
        }
    }
}
