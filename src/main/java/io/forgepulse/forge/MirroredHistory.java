package io.forgepulse.forge;

import io.forgepulse.domain.Release;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The commits and tags of a forge project, read from its git mirror by the plain-git connector, which costs no API
 * request. A tag that has a forge release is left to the release, which knows more (notes, assets, its own date).
 */
public final class MirroredHistory {

    private MirroredHistory() {
    }

    /**
     * @param git the plain-git connector over the forge's mirror directory
     * @param mirror the project as that connector sees it (its mirror name and clone URL)
     * @param releaseTags the tags the forge has releases for
     * @return the cursor of the last batch stored, or {@code cursor} when nothing was
     */
    public static HarvestCursor harvest(ForgeConnector git, TrackedProject mirror, HarvestCursor cursor,
            Set<String> releaseTags, HarvestSink sink) throws ForgeException {
        AtomicReference<HarvestCursor> latest = new AtomicReference<>(cursor);
        git.harvest(mirror, cursor, batch -> {
            List<Release> tags = batch.releases().stream().filter(r -> !releaseTags.contains(r.tag())).toList();
            sink.accept(new HarvestBatch(batch.commits(), tags, batch.issues(), batch.changeRequests(), batch.comments(),
                    batch.reviews(), batch.cursor()));
            latest.set(batch.cursor());
        });
        return latest.get();
    }
}
