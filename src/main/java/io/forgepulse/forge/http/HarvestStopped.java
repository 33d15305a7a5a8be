package io.forgepulse.forge.http;

import java.io.IOException;

/**
 * The run must stop and is not worth retrying now. Either it {@link #resumes()}: its request budget is spent, or the
 * forge asks for a longer wait than allowed, and the next harvest goes on from the stored cursor; or the request can
 * never succeed (a refused host, an answer over the size bound). An IOException because OkHttp interceptors may only
 * throw those.
 */
public final class HarvestStopped extends IOException {

    private final boolean resumes;

    public HarvestStopped(String message) {
        this(message, false);
    }

    private HarvestStopped(String message, boolean resumes) {
        super(message);
        this.resumes = resumes;
    }

    /** A stop that is no fault: the next harvest resumes where this one ended. */
    public static HarvestStopped resumable(String message) {
        return new HarvestStopped(message, true);
    }

    public boolean resumes() {
        return resumes;
    }

    /** Whether {@code failure} was caused by a stop that resumes, however connectors and libraries wrapped it. */
    public static boolean resumesIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HarvestStopped stopped && stopped.resumes) {
                return true;
            }
        }
        return false;
    }
}
