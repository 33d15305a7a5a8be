package io.forgepulse.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.http.RunTag;
import java.util.Map;

/**
 * One run's view of the API: its budget and its leased token ride along with every request; closing the session
 * gives the token back.
 */
record Session(GitHubApi api, RunTag tag, TokenPool.Lease lease, String repoPath) implements AutoCloseable {

    GitHubApi.Page get(String path) throws ForgeException {
        GitHubApi.Page page = api.get(path, tag, token());
        if (page.rateRemaining() != null) {
            lease.remaining(page.rateRemaining());
        }
        return page;
    }

    String token() {
        return lease.token();
    }

    @Override
    public void close() {
        lease.close();
    }

    /** GraphQL needs a token: GitHub refuses anonymous GraphQL queries. */
    boolean canQueryGraphQl() {
        return token() != null;
    }

    JsonNode graphQl(String query, Map<String, Object> variables) throws ForgeException {
        return api.graphQl(query, variables, tag, token());
    }

    /** The repository's owner and name, as GraphQL variables. */
    Map<String, Object> repoVariables() {
        int slash = repoPath.indexOf('/');
        return Map.of("owner", repoPath.substring(0, slash), "name", repoPath.substring(slash + 1));
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
