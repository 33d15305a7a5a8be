package io.forgepulse.forge.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers GitHub GraphQL pull-request queries from recorded pulls, the way GitHub would: one field per alias, null
 * with a {@code NOT_FOUND} error for a number it does not know, 401 without a token, and reviews cut into pages of
 * {@link #reviewPageSize(int)} (GitHub's is 100) so that following a pull's reviews is exercised on real data.
 */
public final class RecordedGraphQl extends RecordedExtension {

    public static final String NAME = "recorded-graphql";
    private static final Pattern ALIAS = Pattern.compile("(pr\\d+): pullRequest\\(number: (\\d+)\\)");

    private final Map<Integer, JsonNode> pulls = new ConcurrentHashMap<>();
    private final AtomicInteger queries = new AtomicInteger();
    private volatile int reviewPage = 100;

    public RecordedGraphQl() {
        super(NAME);
    }

    /** Serves these pulls (GraphQL nodes) for {@code POST /graphql} on the server, which must carry this extension. */
    public RecordedGraphQl serve(WireMockServer server, Collection<JsonNode> nodes) {
        return serve(server, "/graphql", nodes);
    }

    /** As {@link #serve(WireMockServer, Collection)} at another path (GitHub Enterprise Server: /api/graphql). */
    RecordedGraphQl serve(WireMockServer server, String path, Collection<JsonNode> nodes) {
        nodes.forEach(n -> pulls.put(n.path("number").asInt(), n));
        server.stubFor(post(urlEqualTo(path)).atPriority(5)
                .willReturn(aResponse().withStatus(200).withTransformers(NAME)));
        return this;
    }

    /** The recorded panjf2000/ants pulls (see {@link #fromRest}). */
    public RecordedGraphQl serveAnts(WireMockServer server) {
        return serve(server, RecordedGitHub.items("pull_requests.pages.json").stream().map(RecordedGraphQl::fromRest).toList());
    }

    void reviewPageSize(int size) {
        reviewPage = size;
    }

    public int queries() {
        return queries.get();
    }

    /** An ants pull from its REST recording, as our query's fields: its merge facts, and no reviews (none recorded). */
    public static JsonNode fromRest(JsonNode pull) {
        ObjectNode node = JSON.createObjectNode();
        node.put("number", pull.path("number").asInt());
        node.set("author", actor(pull.path("user")));
        node.set("authorAssociation", pull.get("author_association"));
        node.set("createdAt", pull.get("created_at"));
        node.set("updatedAt", pull.get("updated_at"));
        node.set("closedAt", pull.get("closed_at"));
        node.set("mergedAt", pull.get("merged_at"));
        node.set("mergedBy", actor(pull.path("merged_by")));
        ObjectNode reviews = node.putObject("reviews");
        reviews.put("totalCount", 0);
        reviews.putArray("nodes");
        return node;
    }

    /** GraphQL's Actor: a bot is named by its app slug, without REST's {@code [bot]}. */
    private static JsonNode actor(JsonNode user) {
        if (!user.hasNonNull("login")) {
            return JSON.nullNode();
        }
        boolean bot = "Bot".equals(user.path("type").asText());
        String login = user.path("login").asText();
        return JSON.createObjectNode().put("__typename", bot ? "Bot" : "User")
                .put("login", bot ? login.replace("[bot]", "") : login);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        if (!event.getRequest().containsHeader("Authorization")) {
            return new ResponseDefinitionBuilder().withStatus(401).withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody("{\"message\":\"This endpoint requires you to be authenticated.\"}").build();
        }
        queries.incrementAndGet();
        JsonNode request = parse(event.getRequest().getBodyAsString());
        String query = request.path("query").asText();
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode repository = answer.putObject("data").putObject("repository");
        if (query.contains("$after")) {
            JsonNode variables = request.path("variables");
            JsonNode pull = pulls.get(variables.path("number").asInt());
            repository.putObject("pullRequest").set("reviews", reviews(pull, variables.path("after").asInt()));
        } else {
            ArrayNode errors = JSON.createArrayNode();
            Matcher alias = ALIAS.matcher(query);
            while (alias.find()) {
                JsonNode pull = pulls.get(Integer.parseInt(alias.group(2)));
                if (pull == null) {
                    repository.putNull(alias.group(1));
                    errors.addObject().put("type", "NOT_FOUND").put("message",
                            "Could not resolve to a PullRequest with the number of " + alias.group(2) + ".")
                            .putArray("path").add("repository").add(alias.group(1));
                } else {
                    ObjectNode copy = pull.deepCopy();
                    copy.set("reviews", reviews(pull, 0));
                    repository.set(alias.group(1), copy);
                }
            }
            if (!errors.isEmpty()) {
                answer.set("errors", errors);
            }
        }
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("X-RateLimit-Resource", "graphql").withBody(answer.toString()).build();
    }

    /** The page of a pull's reviews starting at index {@code from}; the cursor is the next index. */
    private JsonNode reviews(JsonNode pull, int from) {
        JsonNode all = pull.path("reviews").path("nodes");
        ObjectNode page = JSON.createObjectNode();
        page.put("totalCount", all.size());
        ArrayNode nodes = page.putArray("nodes");
        int to = Math.min(all.size(), from + reviewPage);
        for (int i = from; i < to; i++) {
            nodes.add(all.get(i));
        }
        page.putObject("pageInfo").put("hasNextPage", to < all.size()).put("endCursor", Integer.toString(to));
        return page;
    }
}
