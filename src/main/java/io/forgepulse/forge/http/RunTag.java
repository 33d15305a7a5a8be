package io.forgepulse.forge.http;

/**
 * Attached to every request (OkHttp tag): which forge to count it under, and the run's budget to spend.
 *
 * @param forge the label of {@code forgepulse_forge_requests_total{forge}}
 */
public record RunTag(String forge, RequestBudget budget) {
}
