package io.forgepulse.pipeline;

import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestSink;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Stores batches on a writer thread while the connector reads the next one, so reading a source and writing the
 * store overlap instead of taking turns. At most one batch is in flight and batches are stored in order, so the
 * cursor of every stored batch still covers all batches before it; a failed write fails the next
 * {@link #accept} or {@link #finish}, which stops the harvest.
 */
final class OverlappingSink implements HarvestSink, AutoCloseable {

    private final Consumer<HarvestBatch> store;
    private final ExpectedItems expected;
    private final Consumer<String> notes;
    private final ExecutorService writer;
    private Future<?> inFlight;

    /** @param notes receives the connector's notes at once, on its own thread */
    OverlappingSink(Consumer<HarvestBatch> store, ExpectedItems expected, Consumer<String> notes, String name) {
        this.store = store;
        this.expected = expected;
        this.notes = notes;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "forgepulse-store-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void accept(HarvestBatch batch) {
        finish();
        inFlight = writer.submit(() -> store.accept(batch));
    }

    /** Recorded at once, on the connector's thread: a count says nothing about the batches not stored yet. */
    @Override
    public void expect(String stream, int items) {
        expected.expect(stream, items);
    }

    @Override
    public void note(String sentence) {
        notes.accept(sentence);
    }

    /** Waits for the batch in flight to be stored, rethrowing its failure. */
    void finish() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory on the writer thread is the run's failure as it is, not a wrapped one
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException("storing a batch was cancelled", e);
        } finally {
            inFlight = null;
        }
    }

    /**
     * Lets the batch in flight finish before the writer goes: a connector that fails (or stops on its budget) right
     * after handing over a whole batch keeps that batch, and the run counts it before it is recorded. Its own failure,
     * if any, was already rethrown by {@link #finish} or gives way to the connector's, which ends the run.
     */
    @Override
    public void close() {
        try {
            if (inFlight != null) {
                inFlight.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // Reported by the run's own exception (see above).
        } finally {
            inFlight = null;
            writer.shutdownNow();
        }
    }
}
