package io.forgepulse.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgepulse.testing.SampleProjectResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI description a client generates code from says what the service really answers. */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
class OpenApiTest {

    private static final String PROJECT = "/api/v1/projects/{forge}/{path}";
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    private JsonNode api;

    /** Fetched in each test: RestAssured knows the test port only once a test runs. */
    @BeforeEach
    void fetch() throws Exception {
        api = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void mutationsDocumentTheStatusTheyAnswer() {
        assertThat(codes(op("/api/v1/projects", "post"))).contains("201").doesNotContain("200");
        assertThat(codes(op(PROJECT, "delete"))).contains("204").doesNotContain("200");
        assertThat(codes(op(PROJECT + "/harvest", "post"))).contains("202").doesNotContain("200");
    }

    @Test
    void errorAnswersAreProblemsAsApplicable() {
        assertThat(codes(op("/api/v1/projects", "post"))).contains("400", "401", "403", "409", "413");
        assertThat(codes(op(PROJECT, "delete"))).contains("400", "401", "403", "404", "409");
        assertThat(codes(op(PROJECT + "/harvest", "post"))).contains("400", "401", "403", "404");
        assertThat(codes(op(PROJECT, "get"))).contains("400", "404");
        assertThat(codes(op(PROJECT + "/scores", "get"))).contains("400", "404");
        assertThat(codes(op("/api/v1/compare", "get"))).contains("400", "401", "403");
        for (Map.Entry<String, JsonNode> o : operations().entrySet()) {
            o.getValue().path("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("4")) {
                    JsonNode answer = resolved(r.getValue());
                    assertThat(answer.path("content").path("application/problem+json").path("schema").path("$ref")
                            .asText()).as(o.getKey() + " " + r.getKey()).isEqualTo("#/components/schemas/Problem");
                }
            });
        }
        assertThat(api.path("components").path("schemas").path("Problem").path("properties").has("detail")).isTrue();
    }

    @Test
    void aProjectsProgressDocumentsItsTotalAndTimeLeft() {
        JsonNode progress = api.path("components").path("schemas").path("Progress").path("properties");
        assertThat(progress.fieldNames()).toIterable()
                .contains("startedAt", "elapsedSeconds", "itemsStored", "itemsTotal", "etaSeconds");
        assertThat(progress.path("itemsTotal").toString()).contains("integer").contains("int32");
        assertThat(progress.path("etaSeconds").toString()).contains("integer").contains("int64");
        JsonNode detail = api.path("components").path("schemas").path("Detail").path("properties");
        assertThat(detail.path("progress").toString()).contains("#/components/schemas/Progress");
    }

    @Test
    void mutationsNeedTheBearerScheme() {
        JsonNode scheme = api.path("components").path("securitySchemes").path(ApiDescription.ADMIN);
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        for (JsonNode mutation : List.of(op("/api/v1/projects", "post"), op(PROJECT, "delete"),
                op(PROJECT + "/harvest", "post"))) {
            assertThat(mutation.path("security").toString()).isEqualTo("[{\"admin\":[]}]");
        }
        assertThat(op(PROJECT, "get").has("security")).as("reads need no token").isFalse();
        // What the scheme promises holds: without the token each mutation is refused with a 401 problem.
        for (String[] mutation : List.of(new String[] {"POST", "/api/v1/projects"},
                new String[] {"DELETE", "/api/v1/projects/git/sample"},
                new String[] {"POST", "/api/v1/projects/git/sample/harvest"})) {
            given().contentType("application/json").body("{\"id\":\"git:other\",\"location\":\".\"}")
                    .request(mutation[0], mutation[1]).then().statusCode(401).contentType(ApiDescription.PROBLEM);
        }
    }

    @Test
    void everyOperationAndParameterIsDescribed() {
        Map<String, JsonNode> operations = operations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(12);
        List<String> undescribed = new ArrayList<>();
        operations.forEach((name, o) -> {
            if (o.path("description").asText().isBlank() || o.path("summary").asText().isBlank()) {
                undescribed.add(name);
            }
            o.path("parameters").forEach(p -> {
                if (p.path("description").asText().isBlank()) {
                    undescribed.add(name + " parameter " + p.path("name").asText());
                }
            });
        });
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyOperationDocumentsOneSuccessAnswer() {
        operations().forEach((name, o) -> {
            List<String> success = codes(o).stream().filter(c -> c.startsWith("2")).toList();
            assertThat(success).as(name).hasSize(1);
            if (name.startsWith("GET ")) {
                assertThat(success).as(name).containsExactly("200");
            }
        });
    }

    /**
     * Each project operation, asked about a project that is not tracked and about a forge that does not exist, answers
     * a code its description lists, as a problem: a client generated from the description handles what it gets.
     */
    @Test
    void errorsAnsweredAreTheDocumentedOnes() {
        List<String> seen = new ArrayList<>();
        operations().forEach((name, o) -> {
            String method = name.substring(0, name.indexOf(' '));
            String template = name.substring(method.length() + 1);
            if (!template.startsWith(PROJECT)) {
                return;
            }
            for (String forge : List.of("git", "no-such-forge")) {
                String url = template.replace("{forge}", forge).replace("{path}", "no-such-project")
                        .replace("{score}", "activity");
                Response answer = given()
                        .header("Authorization", "Bearer " + SampleProjectResource.ADMIN_TOKEN)
                        .request(method, url);
                String status = Integer.toString(answer.statusCode());
                assertThat(codes(o)).as(method + " " + url + " answered " + status).contains(status);
                assertThat(answer.contentType()).as(method + " " + url).startsWith(ApiDescription.PROBLEM);
                seen.add(status);
            }
        });
        assertThat(seen).contains("400", "404");
    }

    private JsonNode op(String path, String method) {
        JsonNode o = api.path("paths").path(path).path(method);
        assertThat(o.isMissingNode()).as(method + " " + path + " in " + api.path("paths").fieldNames()).isFalse();
        return o;
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> all = new TreeMap<>();
        api.path("paths").fields().forEachRemaining(p -> {
            if (p.getKey().startsWith("/api/")) {
                METHODS.forEach(m -> {
                    if (p.getValue().has(m)) {
                        all.put(m.toUpperCase(Locale.ROOT) + " " + p.getKey(), p.getValue().get(m));
                    }
                });
            }
        });
        return all;
    }

    private static List<String> codes(JsonNode operation) {
        List<String> codes = new ArrayList<>();
        operation.path("responses").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    /** A response, or the component its {@code $ref} names. */
    private JsonNode resolved(JsonNode response) {
        String ref = response.path("$ref").asText();
        return ref.isEmpty() ? response
                : api.path("components").path("responses").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
