package io.forgepulse.forge.github;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Review;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.http.ForgeClient;
import io.forgepulse.forge.http.HttpPolicy;
import io.forgepulse.forge.http.RequestBudget;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.forge.http.RestSession;
import io.forgepulse.forge.http.RunTag;
import io.forgepulse.forge.http.TokenPool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merge facts and reviews from GraphQL, on DevLake's real recording of 161 apache/incubator-devlake pulls
 * (src/test/resources/github/README.md says how it was turned into our query's field names).
 */
class PullRequestDetailsTest {

    private static final List<JsonNode> RECORDED = StreamSupport.stream(
            RecordedGitHub.read("devlake/graphql-pull-requests.json").spliterator(), false).toList();

    @TempDir
    Path temp;

    private WireMockServer server;
    private RecordedGraphQl graphQl;
    private Session session;

    @BeforeEach
    void start() throws ForgeException {
        graphQl = new RecordedGraphQl();
        server = new WireMockServer(options().dynamicPort().extensions(graphQl));
        server.start();
        graphQl.serve(server, RECORDED);
        var client = ForgeClient.create(new HttpPolicy(temp, 1_000_000, 1, Duration.ofMillis(1), Duration.ofMillis(10),
                Duration.ofSeconds(5), 10_000_000), new RequestCounts());
        GitHubApi api = new GitHubApi(client, "http://localhost:" + server.port());
        session = new Session(api, new RestSession(api.rest(), new RunTag("github", new RequestBudget(1000), api.home()),
                new TokenPool("GitHub", List.of("test-token")).lease(ProjectId.parse("github:apache/incubator-devlake"))),
                "apache/incubator-devlake");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private PullRequestDetails.Details readAll() throws ForgeException {
        List<String> numbers = RECORDED.stream().map(n -> n.path("number").asText()).toList();
        List<ChangeRequest> pulls = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (int from = 0; from < numbers.size(); from += PullRequestDetails.BATCH) {
            var details = PullRequestDetails.read(session, numbers.subList(from, Math.min(numbers.size(), from + 100)));
            pulls.addAll(details.pulls());
            reviews.addAll(details.reviews());
        }
        return new PullRequestDetails.Details(pulls, reviews);
    }

    @Test
    void everyRecordedPullAndReviewIsReadInOneQueryPerHundredPulls() throws ForgeException {
        PullRequestDetails.Details details = readAll();

        assertThat(graphQl.queries()).isEqualTo(2); // 161 pulls
        assertThat(details.pulls()).hasSize(161);
        assertThat(details.reviews()).hasSize(96);
        assertThat(details.pulls()).filteredOn(p -> p.mergedBy() != null).hasSize(152);
        // Counted independently over the recording: merged pulls merged or reviewed by another login.
        assertThat(details.pulls()).filteredOn(ChangeRequest::merged).hasSize(152)
                .filteredOn(ChangeRequest::reviewedByOther).hasSize(142);
        ChangeRequest pull = details.pulls().stream().filter(p -> p.key().equals("7914")).findFirst().orElseThrow();
        assertThat(pull.author()).isEqualTo("d4x1");
        assertThat(pull.mergedBy()).isEqualTo("abeizn");
        assertThat(pull.mergedAt()).hasToString("2024-08-19T07:56:39Z");
        assertThat(details.reviews()).filteredOn(r -> r.changeRequestKey().equals("7914")).singleElement()
                .satisfies(r -> {
                    assertThat(r.author()).isEqualTo("abeizn");
                    assertThat(r.state()).isEqualTo("APPROVED");
                    assertThat(r.submittedAt()).hasToString("2024-08-19T07:56:12Z");
                    assertThat(r.key()).isEqualTo("review:2244848612");
                });
    }

    @Test
    void aPullsReviewsBeyondTheFirstPageAreFollowed() throws ForgeException {
        graphQl.reviewPageSize(1);

        PullRequestDetails.Details details = readAll();

        assertThat(details.reviews()).hasSize(96);
        long extraPages = RECORDED.stream().mapToLong(n -> Math.max(0, n.path("reviews").path("nodes").size() - 1)).sum();
        assertThat(extraPages).isPositive();
        assertThat(graphQl.queries()).isEqualTo(2 + extraPages);
    }

    @Test
    void aNumberGitHubCannotResolveIsSkippedNotFatal() throws ForgeException {
        PullRequestDetails.Details details = PullRequestDetails.read(session, List.of("7914", "999999"));

        assertThat(details.pulls()).extracting(ChangeRequest::key).containsExactly("7914");
    }

    @Test
    void onGitHubEnterpriseServerGraphQlIsBesideTheRestRootNotUnderIt() throws ForgeException {
        RecordedGraphQl enterprise = new RecordedGraphQl();
        WireMockServer ghes = new WireMockServer(options().dynamicPort().extensions(enterprise));
        ghes.start();
        try {
            enterprise.serve(ghes, "/api/graphql", RECORDED);
            var client = ForgeClient.create(new HttpPolicy(temp.resolve("ghes"), 1_000_000, 1, Duration.ofMillis(1),
                    Duration.ofMillis(10), Duration.ofSeconds(5), 10_000_000), new RequestCounts());
            GitHubApi enterpriseApi = new GitHubApi(client, "http://localhost:" + ghes.port() + "/api/v3");
            Session onPremises = new Session(enterpriseApi, new RestSession(enterpriseApi.rest(),
                    new RunTag("github", new RequestBudget(10), enterpriseApi.home()),
                    new TokenPool("GitHub", List.of("test-token")).lease(ProjectId.parse("github:apache/incubator-devlake"))),
                    "apache/incubator-devlake");

            assertThat(PullRequestDetails.read(onPremises, List.of("7914")).pulls()).hasSize(1);
            assertThat(enterprise.queries()).isEqualTo(1);
        } finally {
            ghes.stop();
        }
    }

    @Test
    void aBotIsNamedAsRestNamesIt() throws Exception {
        JsonNode bot = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"__typename\":\"Bot\",\"login\":\"dependabot\"}");

        assertThat(PullRequestDetails.login(bot)).isEqualTo("dependabot[bot]");
        assertThat(PullRequestDetails.bot(bot)).isTrue();
    }

    @Test
    void theQueryCarriesOnlyIntegersFromTheList() {
        assertThat(PullRequestDetails.query(List.of("12", "7"))).contains("pr12: pullRequest(number: 12)")
                .contains("pr7: pullRequest(number: 7)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PullRequestDetails.query(List.of("1) { x }")))
                .isInstanceOf(NumberFormatException.class);
    }
}
