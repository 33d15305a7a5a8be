package io.forgepulse.forge.git;

import io.forgepulse.domain.Commit;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups commits (arriving parents first) into batches of a fixed size, each carrying the cursor that is safe
 * to store with it. A full batch is held back until the next commit arrives, so that the last batch, whatever
 * its size, is the one that moves the position to the tip.
 */
final class CommitBatches {

    private final int size;
    private final HarvestSink sink;
    private HarvestCursor cursor;
    private CommitCursor position;
    private List<Commit> pending;

    CommitBatches(int size, HarvestCursor start, CommitCursor position, HarvestSink sink) {
        this.size = size;
        this.sink = sink;
        this.cursor = start;
        this.position = position;
        this.pending = new ArrayList<>(Math.min(size, 4096));
    }

    void accept(Commit commit) {
        if (pending.size() == size) {
            position = position.plus(pending.get(pending.size() - 1).sha());
            emit(position);
        }
        pending.add(commit);
    }

    /** Emits what is left, even nothing, with the position at the tip; returns the cursor for later streams. */
    HarvestCursor finish(String tip) {
        emit(CommitCursor.tip(tip));
        return cursor;
    }

    private void emit(CommitCursor at) {
        cursor = cursor.with(CommitCursor.STREAM, at.position());
        sink.accept(HarvestBatch.ofCommits(pending, cursor));
        pending = new ArrayList<>(Math.min(size, 4096));
    }
}
