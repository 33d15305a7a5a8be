package io.forgepulse.forge.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.Release;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.ReleaseMark;
import io.forgepulse.forge.SignatureAssets;
import io.forgepulse.forge.http.RestSession;
import io.forgepulse.forge.http.WholeList;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every release of the project, read whole ({@code GET /projects/ID/releases}, 100 per page): GitLab offers no
 * {@code updated_after} for releases, so the list is read with conditional requests (an unchanged list is one 304)
 * and stored when it differs from what the cursor marks stored. An upcoming release (its {@code released_at} still ahead) is not a release yet.
 *
 * @param byTag the releases by tag name
 */
record Releases(Map<String, Release> byTag, WholeList pages) {

    static Releases read(RestSession session, String projectPath) throws ForgeException {
        WholeList pages = WholeList.read(session, projectPath + "/releases?per_page=100");
        Map<String, Release> byTag = new LinkedHashMap<>();
        for (JsonNode release : pages.items()) {
            String tag = Items.text(release, "tag_name");
            if (tag != null && !release.path("upcoming_release").asBoolean(false)) {
                byTag.put(tag, release(release));
            }
        }
        return new Releases(byTag, pages);
    }

    /**
     * Stores the releases unless the cursor marks these very ones stored ({@link ReleaseMark}: a 304 alone does not
     * say the last run stored them); pages not stored are forgotten, so the next run reads them again.
     */
    void store(RestSession session, HarvestCursor cursor, HarvestSink sink) {
        ReleaseMark.store(cursor, byTag.values(), sink, () -> pages.forget(session));
    }

    /** Signature or checksum asset links make a release "signed"; a non-blank description is release notes. */
    private static Release release(JsonNode release) {
        boolean signed = false;
        for (JsonNode link : release.path("assets").path("links")) {
            signed |= SignatureAssets.isSignature(Items.text(link, "name"));
        }
        OffsetDateTime released = Items.time(release, "released_at");
        String description = Items.text(release, "description");
        return new Release(Items.text(release, "tag_name"), released != null ? released : Items.time(release, "created_at"),
                true, signed, description != null && !description.isBlank());
    }
}
