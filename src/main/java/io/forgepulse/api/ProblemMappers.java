package io.forgepulse.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into application/problem+json: bad input is a 4xx with an actionable sentence, anything
 * else a 500 without a stack trace (the trace goes to the log only).
 */
class ProblemMappers {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response problem(ProblemException e, UriInfo uri) {
        return answer(e.status(), e.title(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    Response json(JsonProcessingException e, UriInfo uri) {
        return answer(400, "Bad request", "the request body is not valid JSON: " + e.getOriginalMessage(), uri);
    }

    /** A body of the wrong shape (an array, a number for the id): Quarkus' own mapper would answer without a body. */
    @ServerExceptionMapper
    Response shape(MismatchedInputException e, UriInfo uri) {
        return answer(400, "Bad request", "the request body does not have the expected shape: send a JSON object"
                + " such as {\"id\": \"git:NAME\", \"location\": \"PATH or URL\"}", uri);
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        return answer(status, title(status), sentence(status, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    Response unexpected(RuntimeException e, UriInfo uri) {
        if (e instanceof IllegalArgumentException && fromHeaderParsing(e)) {
            return answer(400, "Bad request", "a Content-Type or Accept header is malformed: " + e.getMessage(), uri);
        }
        LOG.error("request failed: " + uri.getPath(), e);
        return answer(500, "Internal error", "the server failed to answer; the error is in its log", uri);
    }

    /** RESTEasy parses Content-Type and Accept lazily and throws a bare IllegalArgumentException on a bad one. */
    private static boolean fromHeaderParsing(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.jboss.resteasy.reactive.common.headers.");
    }

    /** The sentence for an HTTP status the framework raised, or {@code fallback} for one without its own. */
    static String sentence(int status, String fallback) {
        return switch (status) {
            case 404 -> "nothing here: see /q/openapi for the API, /api/v1/projects for the tracked projects";
            case 405 -> "this method is not allowed here: see /q/openapi";
            case 406 -> "no representation for that Accept header: ask for application/json";
            case 413 -> "the request body is too large; the API reads small JSON documents only";
            case 415 -> "send the request body as application/json";
            default -> fallback;
        };
    }

    static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    static Response answer(int status, String title, String detail, UriInfo uri) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath()))
                .build();
    }
}
