package io.forgepulse.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.http.RestClient;
import io.forgepulse.forge.http.RestSession;
import io.forgepulse.forge.http.RunTag;
import java.util.Map;

/**
 * One run's view of GitHub: the shared core's session (budget, leased token) for REST, GraphQL beside it, and the
 * repository's paths; closing the session gives the token back.
 */
record Session(GitHubApi api, RestSession rest, String repoPath) implements AutoCloseable {

    RestClient.Answer get(String path) throws ForgeException {
        return rest.get(path);
    }

    RunTag tag() {
        return rest.tag();
    }

    String token() {
        return rest.token();
    }

    @Override
    public void close() {
        rest.close();
    }

    /** GraphQL needs a token: GitHub refuses anonymous GraphQL queries. */
    boolean canQueryGraphQl() {
        return token() != null;
    }

    JsonNode graphQl(String query, Map<String, Object> variables) throws ForgeException {
        return api.graphQl(query, variables, tag(), token());
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
