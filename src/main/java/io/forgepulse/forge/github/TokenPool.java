package io.forgepulse.forge.github;

import io.forgepulse.domain.ProjectId;
import java.util.List;

/**
 * The tokens of {@code FORGEPULSE_GITHUB_TOKEN} (comma-separated). Each project always uses the same token:
 * GitHub answers {@code Vary: Authorization}, so switching tokens mid-project would turn every 304 into a 200.
 * Spreading projects over tokens still multiplies the hourly limit.
 */
final class TokenPool {

    private final List<String> tokens;

    TokenPool(List<String> tokens) {
        this.tokens = tokens.stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    /** The project's token, or null without any (anonymous: 60 requests an hour). */
    String forProject(ProjectId project) {
        return tokens.isEmpty() ? null : tokens.get(Math.floorMod(project.value().hashCode(), tokens.size()));
    }

    @Override
    public String toString() {
        return tokens.size() + " token(s)"; // never the tokens themselves
    }
}
