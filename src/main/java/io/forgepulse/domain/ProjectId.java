package io.forgepulse.domain;

import java.util.regex.Pattern;

/**
 * A tracked project: {@code forge:path}, e.g. {@code github:owner/name} or {@code git:forgepulse}.
 * The path is restricted to characters forges allow in names, so an id is safe in URLs, SQL and labels.
 */
public record ProjectId(Forge forge, String path) {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public ProjectId {
        if (forge == null || path == null) {
            throw new IllegalArgumentException("a project id needs a forge and a path");
        }
        String[] segments = path.split("/", -1);
        int max = forge == Forge.GIT ? 1 : forge == Forge.GITLAB ? 20 : 2;
        int min = forge == Forge.GIT ? 1 : 2;
        if (segments.length < min || segments.length > max) {
            throw new IllegalArgumentException(forge == Forge.GIT
                    ? "a git project is named git:NAME, one segment without slashes; got '" + path + "'"
                    : "a " + forge.id() + " project is " + forge.id() + ":owner/name; got '" + path + "'");
        }
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("'" + segment + "' is not a valid name: use letters, digits, '.', '_' or '-'"
                        + " and start with a letter or digit");
            }
        }
    }

    /** Parses {@code forge:path}; throws {@link IllegalArgumentException} with a sentence a person can act on. */
    public static ProjectId parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a project id is required, e.g. github:owner/name or git:NAME");
        }
        int colon = value.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("'" + value + "' is not a project id: write forge:path, e.g. github:owner/name or git:NAME");
        }
        String forgeId = value.substring(0, colon).trim();
        Forge forge = Forge.byId(forgeId).orElseThrow(() -> new IllegalArgumentException(
                "unknown forge '" + forgeId + "': use one of github, gitlab, gitee, git"));
        return new ProjectId(forge, value.substring(colon + 1).trim());
    }

    /** The id as written by users and in metrics labels: {@code forge:path}. */
    public String value() {
        return forge.id() + ":" + path;
    }

    @Override
    public String toString() {
        return value();
    }
}
