package io.forgepulse.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.TrackedProject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every connector promises the pipeline, whatever its forge: a first harvest stores what the source holds,
 * harvests from the stored cursor are idempotent, and a run that dies between two batches loses nothing once the next
 * run resumes from the cursor stored with the last whole batch. One subclass per connector supplies its source.
 */
public abstract class ConnectorContract {

    /** Where each store's connector keeps its own state; a fresh store gets a fresh home, as with a new data dir. */
    @TempDir
    Path homes;

    /**
     * The connector over the subclass's recorded or scripted source, keeping its state (HTTP cache, mirrors) in
     * {@code home}: that state belongs to one store, because a cached answer means "that store already has this".
     */
    protected abstract ForgeConnector connector(Path home);

    protected abstract TrackedProject project();

    /** What the source holds, counted from the source itself (the recording, or {@code git}), per store table. */
    protected abstract Map<String, Integer> sourceCounts();

    private ForgeConnector connectorOf(MemoryStore store) {
        return connector(homes.resolve(Integer.toHexString(System.identityHashCode(store))));
    }

    private MemoryStore harvested(HarvestCursor cursor, MemoryStore store) throws ForgeException {
        connectorOf(store).harvest(project(), cursor, store);
        return store;
    }

    @Test
    void aFirstHarvestStoresWhatTheSourceHolds() throws ForgeException {
        MemoryStore store = harvested(HarvestCursor.EMPTY, new MemoryStore());

        assertThat(store.counts()).containsAllEntriesOf(sourceCounts());
    }

    @Test
    void aSecondHarvestFromTheStoredCursorStoresNothingNew() throws ForgeException {
        MemoryStore store = harvested(HarvestCursor.EMPTY, new MemoryStore());
        int written = store.written;

        harvested(store.cursor, store);

        assertThat(store.written).isEqualTo(written);
        assertThat(store.counts()).containsAllEntriesOf(sourceCounts());
    }

    @Test
    void aRunThatDiesAfterItsFirstBatchKeepsThatBatchAndTheNextRunCatchesUp() throws ForgeException {
        MemoryStore uninterrupted = harvested(HarvestCursor.EMPTY, new MemoryStore());
        MemoryStore store = new MemoryStore();
        DiesAfterFirstBatch dying = new DiesAfterFirstBatch(store);

        Throwable died = catchThrowable(() -> connectorOf(store).harvest(project(), HarvestCursor.EMPTY, dying));

        assertThat(died).as("the source must take more than one batch").isNotNull();
        MemoryStore firstBatchOnly = new MemoryStore();
        firstBatchOnly.accept(dying.first);
        assertThat(store.differencesFrom(firstBatchOnly)).isEmpty();
        assertThat(store.cursor).isEqualTo(dying.first.cursor());

        harvested(store.cursor, store);

        assertThat(store.differencesFrom(uninterrupted)).isEmpty();
    }

    @Test
    void harvestingAgainFromAnEmptyCursorChangesNothing() throws ForgeException {
        MemoryStore store = harvested(HarvestCursor.EMPTY, new MemoryStore());
        harvested(store.cursor, store);
        MemoryStore before = harvested(HarvestCursor.EMPTY, new MemoryStore());
        assertThat(store.differencesFrom(before)).isEmpty();
        int written = store.written;

        harvested(HarvestCursor.EMPTY, store);

        assertThat(store.written).isEqualTo(written);
        assertThat(store.differencesFrom(before)).isEmpty();
    }

    /** The process dying while the second batch is on its way to the store: the first is stored, nothing after. */
    private static final class DiesAfterFirstBatch implements HarvestSink {

        private final MemoryStore store;
        private HarvestBatch first;

        DiesAfterFirstBatch(MemoryStore store) {
            this.store = store;
        }

        @Override
        public void accept(HarvestBatch batch) {
            if (first != null) {
                throw new IllegalStateException("the process died before this batch was stored");
            }
            first = batch;
            store.accept(batch);
        }
    }
}
