package io.forgepulse.forge.gitlab;

import java.util.List;

/**
 * What the GitLab connector needs from configuration, as plain values.
 *
 * @param apiUrl {@code https://gitlab.com/api/v4}, or a self-hosted {@code https://HOST/api/v4}
 * @param tokens the token pool (personal, group or project access tokens with {@code read_api}); empty means anonymous
 * @param requestBudget requests one run may send before it stops and resumes at the next harvest
 */
public record GitLabSettings(String apiUrl, List<String> tokens, int requestBudget) {

    public GitLabSettings {
        tokens = List.copyOf(tokens);
    }

    @Override
    public String toString() {
        return "GitLabSettings[apiUrl=" + apiUrl + ", tokens=" + tokens.size() + ", requestBudget=" + requestBudget
                + "]"; // never the tokens themselves
    }
}
