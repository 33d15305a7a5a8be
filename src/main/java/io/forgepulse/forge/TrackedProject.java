package io.forgepulse.forge;

import io.forgepulse.domain.ProjectId;

/**
 * A project as a connector sees it.
 *
 * @param location for plain git: a working tree, a bare repository or a clone URL; for forges: null or a clone URL override
 */
public record TrackedProject(ProjectId id, String location) {
}
