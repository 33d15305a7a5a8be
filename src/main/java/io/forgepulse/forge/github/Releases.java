package io.forgepulse.forge.github;

import io.forgepulse.domain.Release;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.ReleaseMark;
import io.forgepulse.forge.SignatureAssets;
import java.io.IOException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kohsuke.github.GHAsset;
import org.kohsuke.github.GHRelease;
import org.kohsuke.github.PagedIterable;

/**
 * Every published release, read whole through hub4j ({@code GET /repos/o/n/releases}, 100 per page): GitHub offers no
 * {@code since} for releases. Drafts are not releases yet.
 *
 * @param byTag the releases by tag name
 * @param freshPages the pages answered with content, dropped from the cache when they could not be stored
 */
record Releases(Map<String, Release> byTag, List<String> freshPages) {

    private static final int PAGE = 100;

    Releases {
        byTag = Map.copyOf(byTag);
        freshPages = List.copyOf(freshPages);
    }

    static Releases read(HubRepository hub) throws ForgeException {
        int before = hub.run().freshCount();
        PagedIterable<GHRelease> list = hub.read("GET releases", () -> hub.repository().listReleases())
                .withPageSize(PAGE);
        List<GHRelease> all = hub.read("GET releases", list::toList);
        Map<String, Release> byTag = new LinkedHashMap<>();
        for (GHRelease release : all) {
            if (!release.isDraft() && release.getTagName() != null) {
                byTag.put(release.getTagName(), release(release));
            }
        }
        return new Releases(byTag, hub.run().freshSince(before));
    }

    /**
     * Stores the releases unless the cursor marks these very ones stored ({@link ReleaseMark}: a 304 says the list did
     * not change since the cache took it, not that the run which read it lived to store it). A page that came with
     * content but could not be stored is forgotten, so the next run reads it again.
     */
    void store(HubRepository hub, HarvestCursor cursor, HarvestSink sink) {
        ReleaseMark.store(cursor, byTag.values(), sink, () -> hub.forget(freshPages));
    }

    /** Signature or checksum assets make a release "signed"; a non-blank body is release notes. */
    @SuppressWarnings("deprecation") // assets() is the list the release came with; getAssets() costs a request each
    static Release release(GHRelease release) throws ForgeException {
        boolean signed = false;
        for (GHAsset asset : release.assets()) {
            signed |= SignatureAssets.isSignature(asset.getName());
        }
        Date published = published(release);
        Date created = published != null ? null : createdAt(release);
        String body = release.getBody();
        return new Release(release.getTagName(), HubRepository.utc(published != null ? published : created), true,
                signed, body != null && !body.isBlank());
    }

    private static Date published(GHRelease release) {
        try {
            return release.getPublished_at();
        } catch (NullPointerException unpublished) {
            return null; // hub4j 1.330 copies published_at without a null check
        }
    }

    private static Date createdAt(GHRelease release) throws ForgeException {
        try {
            return release.getCreatedAt();
        } catch (IOException e) {
            throw new ForgeException("GitHub release " + release.getTagName() + " has an unreadable created_at", e);
        }
    }
}
