package io.forgepulse.forge.git;

import io.forgepulse.domain.Commit;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups commits (arriving parents first) into batches of a fixed size, each carrying the cursor that is safe
 * to store with it. A full batch is held back until the next commit arrives, so that the last batch, whatever
 * its size, is the one that moves the position to the tip.
 *
 * <p>The position stored with a batch is the frontier of what is read so far: the commits read (merges included)
 * that no commit read since has as a parent, plus the exclusions the run started from that none has as a parent.
 * Every commit read is an ancestor of the frontier, so a resumed run reads none of them again; and since lines of
 * history are read one after the other and merges join them, the frontier stays as small as the number of lines
 * open at once, far below {@link CommitCursor#MAX_EXCLUSIONS} (which still bounds it, oldest dropped, whatever
 * the shape of the history).
 */
final class CommitBatches {

    private final int size;
    private final HarvestSink sink;
    private final Set<String> frontier;
    private HarvestCursor cursor;
    private CommitCursor stored;
    private List<Commit> pending;

    /** Rewrites a batch before it is emitted (the mailmap). */
    @FunctionalInterface
    interface BatchMapper {
        List<Commit> map(List<Commit> commits);
    }

    private final BatchMapper mapper;

    CommitBatches(int size, HarvestCursor start, CommitCursor position, HarvestSink sink, BatchMapper mapper) {
        this.mapper = mapper;
        this.size = size;
        this.sink = sink;
        this.cursor = start;
        this.stored = position;
        this.frontier = new LinkedHashSet<>(position.exclusions());
        this.pending = new ArrayList<>(Math.min(size, 4096));
    }

    /** Takes the next commit of the log; a merge only moves the frontier. */
    void accept(Commit commit, List<String> parents) {
        if (parents.size() <= 1) {
            if (pending.size() == size) {
                emit(new CommitCursor(List.copyOf(frontier)));
            }
            pending.add(commit);
        }
        parents.forEach(frontier::remove);
        frontier.add(commit.sha());
        if (frontier.size() > CommitCursor.MAX_EXCLUSIONS) {
            frontier.remove(frontier.iterator().next());
        }
    }

    /** Emits what is left, even nothing, with the position at the tip; returns the cursor for later streams. */
    HarvestCursor finish(String tip) {
        emit(CommitCursor.tip(tip));
        return cursor;
    }

    /** The position handed over with the last batch (the start's, before any): a new read may resume there. */
    CommitCursor handedOver() {
        return stored;
    }

    /** The cursor handed over with the last batch (the start's, before any). */
    HarvestCursor cursor() {
        return cursor;
    }

    private void emit(CommitCursor at) {
        stored = at;
        cursor = cursor.with(CommitCursor.STREAM, at.position());
        sink.accept(HarvestBatch.ofCommits(mapper.map(pending), cursor));
        pending = new ArrayList<>(Math.min(size, 4096));
    }
}
