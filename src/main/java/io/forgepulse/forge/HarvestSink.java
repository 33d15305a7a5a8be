package io.forgepulse.forge;

/** Receives a connector's batches; each call returns once the batch and its cursor are durably stored. */
@FunctionalInterface
public interface HarvestSink {

    void accept(HarvestBatch batch);

    /**
     * Says what the harvest could only read in part (a partial clone's missing files, say): a sentence for the run's
     * message, which does not fail the run. Sinks that keep no message ignore it.
     */
    default void note(String sentence) {
    }
}
