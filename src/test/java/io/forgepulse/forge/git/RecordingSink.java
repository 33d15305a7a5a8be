package io.forgepulse.forge.git;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Release;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sink that keeps what it stored and can simulate a crash (the store failing) after some batches. */
final class RecordingSink implements HarvestSink {

    static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash while storing a batch");
        }
    }

    final List<HarvestBatch> batches = new ArrayList<>();
    /** The last count each stream announced ({@link HarvestSink#expect}). */
    final Map<String, Integer> expected = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final int crashAfter;

    RecordingSink() {
        this(Integer.MAX_VALUE);
    }

    /** Stores {@code crashAfter} batches, then fails on the next one without storing it. */
    RecordingSink(int crashAfter) {
        this.crashAfter = crashAfter;
    }

    @Override
    public void accept(HarvestBatch batch) {
        if (batches.size() >= crashAfter) {
            throw new Crash();
        }
        batches.add(batch);
    }

    @Override
    public void expect(String stream, int items) {
        expected.put(stream, items);
    }

    @Override
    public void note(String sentence) {
        notes.add(sentence);
    }

    List<String> notes() {
        return notes;
    }

    List<Commit> commits() {
        return batches.stream().flatMap(b -> b.commits().stream()).toList();
    }

    List<String> shas() {
        return commits().stream().map(Commit::sha).toList();
    }

    List<Release> releases() {
        return batches.stream().flatMap(b -> b.releases().stream()).toList();
    }

    HarvestCursor lastCursor(HarvestCursor otherwise) {
        return batches.isEmpty() ? otherwise : batches.get(batches.size() - 1).cursor();
    }
}
