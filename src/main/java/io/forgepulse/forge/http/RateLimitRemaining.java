package io.forgepulse.forge.http;

import okhttp3.Response;

/** What an answer says is left of the REST request budget. */
public final class RateLimitRemaining {

    private RateLimitRemaining() {
    }

    /**
     * {@code X-RateLimit-Remaining} of a REST answer, or null without one. GitHub counts GraphQL points apart
     * ({@code X-RateLimit-Resource: graphql}), so only the REST ({@code core}) budget is read; a malformed header is
     * the forge's problem and reads as none.
     */
    public static Long of(Response response) {
        String remaining = response.header("X-RateLimit-Remaining");
        String resource = response.header("X-RateLimit-Resource");
        if (remaining == null || resource != null && !"core".equals(resource)) {
            return null;
        }
        try {
            return Long.parseLong(remaining.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
