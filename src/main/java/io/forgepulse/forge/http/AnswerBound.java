package io.forgepulse.forge.http;

import java.io.IOException;
import java.util.List;
import okhttp3.Cache;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Bounds the size of every answer body as the caller reads it (after decompression, so a small gzip bomb is caught
 * too): past {@code maxBytes} the read fails with {@link HarvestStopped} (the same request would get the same answer)
 * instead of running the harvest out of memory,
 * and the answer is dropped from the cache, so the next run does not replay it.
 */
final class AnswerBound implements Interceptor {

    private final long maxBytes;
    private final Cache cache;

    AnswerBound(long maxBytes, Cache cache) {
        this.maxBytes = maxBytes;
        this.cache = cache;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        String url = response.request().url().toString();
        if (body.contentLength() > maxBytes) {
            response.close();
            CachedAnswers.forget(cache, List.of(url));
            throw tooLarge(response, body.contentLength() + " bytes");
        }
        BufferedSource bounded = Okio.buffer(new ForwardingSource(body.source()) {
            private long read;
            private boolean exceeded;

            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                long n = super.read(sink, byteCount);
                read += Math.max(n, 0);
                if (read > maxBytes) {
                    exceeded = true;
                    throw tooLarge(response, "more than " + maxBytes + " bytes");
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                super.close();
                if (exceeded) {
                    CachedAnswers.forget(cache, List.of(url));
                }
            }
        });
        return response.newBuilder().body(ResponseBody.create(bounded, body.contentType(), body.contentLength()))
                .build();
    }

    private HarvestStopped tooLarge(Response response, String size) {
        return new HarvestStopped(response.request().url().host() + " answered " + response.request().url().encodedPath()
                + " with " + size + ", over the bound of " + maxBytes + " bytes (forgepulse.http.max-answer-bytes);"
                + " the answer was not used");
    }
}
