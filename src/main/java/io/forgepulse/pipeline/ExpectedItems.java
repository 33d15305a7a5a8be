package io.forgepulse.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * What a running harvest expects to store in all: the last count each stream's source reported
 * ({@link io.forgepulse.forge.HarvestSink#expect}), summed, and recorded on the run whenever the sum changes. Streams
 * that have not reported yet (a forge's later lists) count 0 until they do, so the total can grow during a run.
 */
final class ExpectedItems {

    private final Map<String, Integer> byStream = new HashMap<>();
    private final IntConsumer record;
    private Integer total;

    ExpectedItems(IntConsumer record) {
        this.record = record;
    }

    synchronized void expect(String stream, int items) {
        byStream.put(stream, Math.max(0, items));
        int sum = byStream.values().stream().mapToInt(Integer::intValue).sum();
        if (total == null || sum != total) {
            total = sum;
            record.accept(sum);
        }
    }
}
