package io.forgepulse.forge.http;

import okhttp3.Response;

/**
 * What an answer says of the forge's rate limit, in either header family: GitHub's {@code X-RateLimit-*}, or the
 * IETF draft's {@code RateLimit-*} that GitLab sends.
 */
public final class RateLimitRemaining {

    private RateLimitRemaining() {
    }

    /**
     * The requests left ({@code X-RateLimit-Remaining} or {@code RateLimit-Remaining}) of a REST answer, or null
     * without one. GitHub counts GraphQL points apart ({@code X-RateLimit-Resource: graphql}), so only the REST
     * ({@code core}) budget is read; a malformed header is the forge's problem and reads as none.
     */
    public static Long of(Response response) {
        String resource = response.header("X-RateLimit-Resource");
        if (resource != null && !"core".equals(resource)) {
            return null;
        }
        return header(response, "Remaining");
    }

    /**
     * A rate-limit field of either family ({@code X-RateLimit-FIELD}, else {@code RateLimit-FIELD}) as a number, for
     * whichever budget the answer is about: {@code Remaining}, or {@code Reset} in epoch seconds; null without one.
     */
    static Long header(Response response, String field) {
        String value = response.header("X-RateLimit-" + field);
        if (value == null) {
            value = response.header("RateLimit-" + field);
        }
        if (value == null || !value.trim().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value.trim());
    }
}
