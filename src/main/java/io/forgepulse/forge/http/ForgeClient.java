package io.forgepulse.forge.http;

import okhttp3.Cache;
import okhttp3.OkHttpClient;

/**
 * Builds the one OkHttp client every forge connector shares: one connection pool, one disk cache (so every poll
 * can be a conditional request), retries and rate-limit waits outside the cache, accounting inside it.
 */
public final class ForgeClient {

    private ForgeClient() {
    }

    public static OkHttpClient create(HttpPolicy policy, RequestCounts counts) {
        return new OkHttpClient.Builder()
                .cache(new Cache(policy.cacheDir().toFile(), policy.cacheBytes()))
                .connectTimeout(policy.timeout())
                .readTimeout(policy.timeout())
                // Our own retry policy replaces OkHttp's silent single retry, so every attempt is bounded and counted.
                .retryOnConnectionFailure(false)
                .addInterceptor(new Retrying(policy))
                .addNetworkInterceptor(new Accounting(counts))
                .build();
    }
}
