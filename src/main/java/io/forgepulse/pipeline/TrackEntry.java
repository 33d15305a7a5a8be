package io.forgepulse.pipeline;

import io.forgepulse.domain.Forge;
import io.forgepulse.domain.ProjectId;
import java.util.function.Predicate;

/**
 * One entry of {@code forgepulse.track}: {@code github:owner/name} (or another forge's id), optionally
 * {@code =LOCATION} to override where its repository is mirrored from, or {@code git:NAME=LOCATION} where LOCATION is
 * a working tree, a bare repository or a clone URL.
 */
record TrackEntry(ProjectId id, String location) {

    /**
     * @param findsRepository whether the connector of a forge finds the repository from the id alone; when it does
     *     not, the entry must name a location
     */
    static TrackEntry parse(String entry, Predicate<Forge> findsRepository) {
        String text = entry.trim();
        int equals = text.indexOf('=');
        ProjectId id = ProjectId.parse(equals < 0 ? text : text.substring(0, equals));
        String location = equals < 0 ? null : text.substring(equals + 1).trim();
        if (!findsRepository.test(id.forge()) && (location == null || location.isEmpty())) {
            throw new IllegalArgumentException("'" + text + "' needs a location: write " + id.forge().id()
                    + ":NAME=PATH or " + id.forge().id() + ":NAME=URL");
        }
        return new TrackEntry(id, location == null || location.isEmpty() ? null : location);
    }
}
