package io.forgepulse.forge.http;

import java.io.IOException;

/**
 * The run must stop and is not worth retrying now: its request budget is spent, or the forge asks for a longer wait
 * than allowed. An IOException because OkHttp interceptors may only throw those.
 */
public final class HarvestStopped extends IOException {

    public HarvestStopped(String message) {
        super(message);
    }
}
