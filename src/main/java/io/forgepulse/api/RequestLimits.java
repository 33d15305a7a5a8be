package io.forgepulse.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses over-long URIs (414), oversized headers (431) and bodies (413) with problem+json before any other work. Left
 * to them, Vert.x and Quarkus answer these without a body; so the Vert.x codec limits are set higher (a hard ceiling,
 * see application.properties) and this route, placed just before Quarkus' own body-size check, answers first.
 */
@ApplicationScoped
class RequestLimits {

    private final ApiConfig config;
    private final long maxBodySize;

    @Inject
    RequestLimits(ApiConfig config, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.config = config;
        this.maxBodySize = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > config.maxUriLength()) {
            RouterProblems.answer(ctx, 414, "URI Too Long", "the request URI has " + request.uri().length() + " characters, over the "
                    + config.maxUriLength() + " this service takes: send shorter paths and queries");
        } else if (headerSize(request) > config.maxHeaderSize().asLongValue()) {
            RouterProblems.answer(ctx, 431, "Request Header Fields Too Large", "the request headers are over the "
                    + config.maxHeaderSize().asLongValue() + " bytes this service takes");
        } else if (contentLength(request) > maxBodySize) {
            RouterProblems.answer(ctx, 413, "Content Too Large", "the request body is over the " + maxBodySize + " bytes this service"
                    + " takes; the API reads small JSON documents only");
        } else {
            ctx.next();
        }
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF, as sent
        }
        return size;
    }

    /** The declared length; -1 when there is none. A malformed one is left to Vert.x, which refuses it. */
    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
