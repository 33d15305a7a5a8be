package io.forgepulse.pipeline;

import io.forgepulse.domain.Forge;
import io.forgepulse.domain.ProjectId;

/**
 * One entry of {@code forgepulse.track}: {@code github:owner/name}, or {@code git:NAME=LOCATION} where LOCATION is a
 * working tree, a bare repository or a clone URL.
 */
record TrackEntry(ProjectId id, String location) {

    static TrackEntry parse(String entry) {
        String text = entry.trim();
        int equals = text.indexOf('=');
        ProjectId id = ProjectId.parse(equals < 0 ? text : text.substring(0, equals));
        String location = equals < 0 ? null : text.substring(equals + 1).trim();
        if (id.forge() == Forge.GIT && (location == null || location.isEmpty())) {
            throw new IllegalArgumentException("'" + text + "' needs a location: write git:NAME=PATH or git:NAME=URL");
        }
        return new TrackEntry(id, location == null || location.isEmpty() ? null : location);
    }
}
