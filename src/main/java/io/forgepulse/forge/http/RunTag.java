package io.forgepulse.forge.http;

import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Attached to every request (OkHttp tag): which forge to count it under, the run's budget to spend, and the forge's
 * API root, whose host is the only one the run's requests (and so its token) may reach.
 *
 * @param forge the label of {@code forgepulse_forge_requests_total{forge}}
 * @param home the forge's API root ({@code https://api.github.com/}); scheme, host and port are its origin
 */
public record RunTag(String forge, RequestBudget budget, HttpUrl home) {

    public RunTag {
        Objects.requireNonNull(forge, "forge");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(home, "home");
    }

    /** Whether {@code url} is on the API's own origin (same scheme, host and port). */
    boolean isHome(HttpUrl url) {
        return url.scheme().equals(home.scheme()) && url.host().equals(home.host()) && url.port() == home.port();
    }
}
