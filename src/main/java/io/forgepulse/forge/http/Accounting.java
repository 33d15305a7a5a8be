package io.forgepulse.forge.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Network interceptor: sees each request that really goes out (a cache revalidation answered 304 included, a
 * fresh cache hit not), spends the run's budget, counts the answer and reads the rate-limit remainder.
 */
final class Accounting implements Interceptor {

    private final RequestCounts counts;

    Accounting(RequestCounts counts) {
        this.counts = counts;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        RunTag tag = chain.request().tag(RunTag.class);
        String forge = tag == null ? "unknown" : tag.forge();
        if (tag != null) {
            tag.budget().spend();
        }
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            counts.count(forge, "error");
            throw e;
        }
        counts.count(forge, Integer.toString(response.code()));
        Long remaining = RateLimitRemaining.of(response);
        if (remaining != null) { // without a good header the gauge keeps its last good value
            counts.remaining(forge, remaining);
        }
        return response;
    }
}
