package io.forgepulse.forge;

/** Receives a connector's batches; each call returns once the batch and its cursor are durably stored. */
@FunctionalInterface
public interface HarvestSink {

    void accept(HarvestBatch batch);

    /**
     * Says how many items the stream {@code stream} ("commits", "issues", ...) hands over in this run, as the source
     * told it on the way (a count git gives, a total header of a list page the harvest reads anyway): never worth a
     * request of its own. A later report for the same stream replaces the earlier one; a sink that shows no progress
     * ignores it.
     */
    default void expect(String stream, int items) {
    }

    /**
     * Says what the harvest could only read in part (a partial clone's missing files, say): a sentence for the run's
     * message, which does not fail the run. Sinks that keep no message ignore it.
     */
    default void note(String sentence) {
    }
}
