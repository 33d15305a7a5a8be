package io.forgepulse.forge.http;

import okhttp3.Cache;
import okhttp3.OkHttpClient;

/**
 * Builds the one OkHttp client every forge connector shares: one connection pool, one disk cache (so every poll
 * can be a conditional request), the home-host guard, the answer bound, retries and rate-limit waits outside the cache,
 * accounting inside it.
 */
public final class ForgeClient {

    private ForgeClient() {
    }

    public static OkHttpClient create(HttpPolicy policy, RequestCounts counts) {
        // A cache written before credentials were digested holds tokens: emptied once (lists are then read in full).
        CredentialKey.purgeStoredCredentials(policy.cacheDir());
        Cache cache = new Cache(new PrivateCacheFiles(), okio.Path.get(policy.cacheDir().toFile()), policy.cacheBytes());
        return new OkHttpClient.Builder()
                .cache(cache)
                .connectTimeout(policy.timeout())
                .readTimeout(policy.timeout())
                // Our own retry policy replaces OkHttp's silent single retry, so every attempt is bounded and counted.
                .retryOnConnectionFailure(false)
                // Redirects are HomeHost's: OkHttp's would follow them to any host and re-send a POST.
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(new HomeHost(cache))
                .addInterceptor(CredentialKey.digest())
                .addInterceptor(new AnswerBound(policy.maxAnswerBytes(), cache))
                .addInterceptor(new Retrying(policy))
                .addNetworkInterceptor(new Accounting(counts))
                .addNetworkInterceptor(CredentialKey.varyOnDigest())
                // Innermost: a token that travels in the query string is on the wire only, never in the cache.
                .addNetworkInterceptor(QueryCredential.interceptor())
                .build();
    }
}
