package io.forgepulse.forge.http;

import io.forgepulse.forge.ForgeException;

/**
 * One harvest run's view of a forge's REST API: its budget and its leased token ride along with every request, and
 * what the forge says is left of the token's budget goes back to the pool. Closing the session gives the token back.
 */
public record RestSession(RestClient api, RunTag tag, TokenPool.Lease lease) implements AutoCloseable {

    public RestClient.Answer get(String path) throws ForgeException {
        RestClient.Answer answer = api.get(path, tag, token());
        if (answer.rateRemaining() != null) {
            lease.remaining(answer.rateRemaining());
        }
        return answer;
    }

    /** Drops a page from the cache whose content was not stored. */
    public void forget(String path) {
        api.forget(path);
    }

    /** The leased token, or null for anonymous access. */
    public String token() {
        return lease.token();
    }

    @Override
    public void close() {
        lease.close();
    }

    @Override
    public String toString() {
        return "RestSession[" + api.dialect().name() + "]"; // never the token
    }
}
