package io.forgepulse.forge.github;

import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.http.RunTag;

/** One run's view of the API: its budget and the project's token ride along with every request. */
record Session(GitHubApi api, RunTag tag, String token, String repoPath) {

    GitHubApi.Page get(String path) throws ForgeException {
        return api.get(path, tag, token);
    }

    @Override
    public String toString() {
        return "Session[" + repoPath + "]"; // never the token
    }

    /** {@code /repos/owner/name} followed by {@code suffix}. */
    String repo(String suffix) {
        return "/repos/" + repoPath + suffix;
    }
}
