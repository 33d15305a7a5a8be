package io.forgepulse.api;

/**
 * Body of {@code POST /api/v1/projects}.
 *
 * @param id {@code github:owner/name} or {@code git:NAME}
 * @param location for git projects: a path on the server or an https:// or file:// clone URL
 */
public record TrackRequest(String id, String location) {
}
