package io.forgepulse.api;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Answers the failures Vert.x Web raises before a request reaches a resource (a malformed percent-encoding, a path
 * that cannot be decoded, a body that breaks a limit while it streams in) with problem+json, where Quarkus' own
 * failure handler would answer without a body.
 */
@ApplicationScoped
class RouterProblems {

    private static final Logger LOG = Logger.getLogger(RouterProblems.class);

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(this::answer);
    }

    private void answer(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        String detail;
        if (status >= 500) {
            LOG.error("request failed: " + ctx.request().method() + " " + ctx.normalizedPath(), ctx.failure());
            detail = "the server failed to answer; the error is in its log";
        } else {
            detail = ProblemMappers.sentence(status, "the request is malformed: check the method, the URI and its"
                    + " percent-encoding (%XX with two hex digits of UTF-8), the headers and the body");
        }
        answer(ctx, status, ProblemMappers.title(status), detail);
    }

    /** Ends the exchange with a problem+json body; the connection closes, so what the client still sends is dropped. */
    static void answer(RoutingContext ctx, int status, String title, String detail) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(new Problem("about:blank", title, status, detail, null)));
    }
}
