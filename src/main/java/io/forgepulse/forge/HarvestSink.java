package io.forgepulse.forge;

/** Receives a connector's batches; each call returns once the batch and its cursor are durably stored. */
@FunctionalInterface
public interface HarvestSink {

    void accept(HarvestBatch batch);
}
