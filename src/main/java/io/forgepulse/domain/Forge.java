package io.forgepulse.domain;

import java.util.Arrays;
import java.util.Optional;

/** A source of project data; its {@link #id()} is the prefix of a project id ({@code github:owner/name}). */
public enum Forge {
    GITHUB("github"),
    GITLAB("gitlab"),
    GITEE("gitee"),
    GIT("git");

    private final String id;

    Forge(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Forge> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
