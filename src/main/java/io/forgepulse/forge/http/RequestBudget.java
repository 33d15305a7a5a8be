package io.forgepulse.forge.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests one harvest run may still send. A connector tags each of its requests with its run's budget;
 * a 304 spends it too, because it is still a round trip (even if GitHub does not charge it).
 */
public final class RequestBudget {

    private final int limit;
    private final AtomicInteger spent = new AtomicInteger();

    public RequestBudget(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a request budget must allow at least one request, got " + limit);
        }
        this.limit = limit;
    }

    void spend() throws HarvestStopped {
        if (spent.incrementAndGet() > limit) {
            throw HarvestStopped.resumable("the run used its budget of " + limit + " requests; it resumes from its"
                    + " stored cursor at the next harvest (raise the forge's request-budget to read more per run)");
        }
    }

    public int spent() {
        return Math.min(spent.get(), limit);
    }
}
