package io.forgepulse.forge.github;

import java.util.List;

/**
 * What the GitHub connector needs from configuration, as plain values.
 *
 * @param apiUrl {@code https://api.github.com}, or a GitHub Enterprise {@code https://host/api/v3}
 * @param tokens the token pool (from the environment only); empty means anonymous
 * @param requestBudget requests one run may send before it stops and resumes at the next harvest
 * @param commitsFromGit read commits (and tags, and the files at HEAD) from a git mirror, which costs no API request;
 *        otherwise commits come from the API ({@link ApiCommits}), and tags and files are not read
 */
public record GitHubSettings(String apiUrl, List<String> tokens, int requestBudget, boolean commitsFromGit) {

    public GitHubSettings {
        tokens = List.copyOf(tokens);
    }

    @Override
    public String toString() {
        return "GitHubSettings[apiUrl=" + apiUrl + ", tokens=" + tokens.size() + ", requestBudget=" + requestBudget
                + ", commitsFromGit=" + commitsFromGit + "]"; // never the tokens themselves
    }
}
