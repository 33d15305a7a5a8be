package io.forgepulse.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Review;
import io.forgepulse.forge.ForgeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merge facts ({@code mergedBy}) and reviews of up to {@value #BATCH} pull requests in one GraphQL query, where REST
 * needs one request per pull for each. Field names are those of GitHub's GraphQL schema; an answer mirrors its query.
 */
final class PullRequestDetails {

    /** Pulls per query: GitHub's limit for one connection page, and far below its 500,000-node query limit. */
    static final int BATCH = 100;

    private static final String PULL = "number author { __typename login } authorAssociation createdAt updatedAt"
            + " closedAt mergedAt mergedBy { __typename login }";
    private static final String REVIEWS = "totalCount pageInfo { hasNextPage endCursor }"
            + " nodes { databaseId author { __typename login } state submittedAt }";
    private static final String MORE_REVIEWS = "query($owner: String!, $name: String!, $number: Int!, $after: String!) {"
            + " repository(owner: $owner, name: $name) { pullRequest(number: $number) {"
            + " reviews(first: 100, after: $after) { " + REVIEWS + " } } } }";

    /** The pulls as GraphQL knows them, and their submitted reviews. */
    record Details(List<ChangeRequest> pulls, List<Review> reviews) {
    }

    private PullRequestDetails() {
    }

    /** One query for these pull numbers (at most {@value #BATCH}), plus one per pull with more than 100 reviews. */
    static Details read(Session session, List<String> numbers) throws ForgeException {
        if (numbers.size() > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " pulls per query, got " + numbers.size());
        }
        JsonNode repository = session.graphQl(query(numbers), session.repoVariables()).path("repository");
        List<ChangeRequest> pulls = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (String number : numbers) {
            JsonNode pull = repository.path(alias(number));
            if (!pull.isObject()) {
                continue; // deleted or transferred since the list named it: nothing left to add
            }
            List<Review> own = new ArrayList<>();
            JsonNode page = pull.path("reviews");
            addReviews(number, page, own);
            while (page.path("pageInfo").path("hasNextPage").asBoolean()) {
                page = moreReviews(session, number, page.path("pageInfo").path("endCursor").asText());
                addReviews(number, page, own);
            }
            pulls.add(pull(pull, own));
            reviews.addAll(own);
        }
        return new Details(pulls, reviews);
    }

    /** Numbers are written as integers, so nothing from an answer can change the query's text. */
    static String query(List<String> numbers) {
        StringBuilder query = new StringBuilder("query($owner: String!, $name: String!) {"
                + " repository(owner: $owner, name: $name) {");
        for (String number : numbers) {
            query.append(' ').append(alias(number)).append(": pullRequest(number: ").append(Integer.parseInt(number))
                    .append(") { ").append(PULL).append(" reviews(first: 100) { ").append(REVIEWS).append(" } }");
        }
        return query.append(" } }").toString();
    }

    private static String alias(String number) {
        return "pr" + Integer.parseInt(number);
    }

    private static JsonNode moreReviews(Session session, String number, String after) throws ForgeException {
        Map<String, Object> variables = new HashMap<>(session.repoVariables());
        variables.put("number", Integer.parseInt(number));
        variables.put("after", after);
        return session.graphQl(MORE_REVIEWS, variables).path("repository").path("pullRequest").path("reviews");
    }

    /** Submitted reviews only: a pending review is visible to its author alone and has no submission time. */
    private static void addReviews(String number, JsonNode page, List<Review> into) {
        for (JsonNode review : page.path("nodes")) {
            if (review.hasNonNull("submittedAt") && !"PENDING".equals(Items.text(review, "state"))) {
                into.add(new Review("review:" + review.path("databaseId").asText(), number, login(review.path("author")),
                        bot(review.path("author")), Items.time(review, "submittedAt"), Items.text(review, "state")));
            }
        }
    }

    /**
     * Reviewed by someone other than its author when merged by another login (as for REST) or reviewed by another
     * person; a bot's review (a linter's comment) is not a person's review.
     */
    static ChangeRequest pull(JsonNode pull, List<Review> reviews) {
        String author = login(pull.path("author"));
        String mergedBy = login(pull.path("mergedBy"));
        boolean byOther = mergedBy != null && !mergedBy.equalsIgnoreCase(author)
                || reviews.stream().anyMatch(r -> !r.authorIsBot() && r.author() != null && !r.author().equalsIgnoreCase(author));
        return new ChangeRequest(pull.path("number").asText(), author, bot(pull.path("author")),
                Associations.of(Items.text(pull, "authorAssociation")), Items.time(pull, "createdAt"), Items.time(pull, "updatedAt"),
                Items.time(pull, "closedAt"), Items.time(pull, "mergedAt"), mergedBy, null, byOther);
    }

    /** GraphQL names a bot by its app slug ({@code dependabot}); REST, and so the rest of the store, by {@code dependabot[bot]}. */
    static String login(JsonNode actor) {
        String login = Items.text(actor, "login");
        return login != null && bot(actor) && !login.endsWith("[bot]") ? login + "[bot]" : login;
    }

    static boolean bot(JsonNode actor) {
        return "Bot".equals(Items.text(actor, "__typename"));
    }
}
