package io.forgepulse.forge.github;

import io.forgepulse.forge.http.HarvestStopped;
import io.forgepulse.forge.http.RunTag;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The shared forge client as one harvest run's hub4j uses it. hub4j builds its own requests, so this client:
 * <ul>
 *   <li>tags each with the run's {@link RunTag}, so the run's budget and the request accounting cover hub4j too;</li>
 *   <li>notes the URLs answered from the network with content (not a 304), which is how a list is known to have
 *       changed since the last run read it;</li>
 *   <li>hands hub4j a failure it will not retry: the shared client's retry interceptor has already retried it, and
 *       hub4j would otherwise retry a reset connection twice more on its own.</li>
 * </ul>
 */
final class RunClient {

    private final OkHttpClient client;
    private final List<String> fresh = new CopyOnWriteArrayList<>();

    RunClient(OkHttpClient shared, RunTag tag) {
        OkHttpClient.Builder builder = shared.newBuilder();
        // Outermost, so it sees a failure only once the shared client's own retries are spent.
        builder.interceptors().add(0, chain -> tagged(chain, tag));
        builder.addNetworkInterceptor(this::noteFresh);
        this.client = builder.build();
    }

    OkHttpClient client() {
        return client;
    }

    /** How many answers came with content so far; a later {@link #freshSince} tells which came after this point. */
    int freshCount() {
        return fresh.size();
    }

    /** The URLs answered with content since {@code count} was taken. */
    List<String> freshSince(int count) {
        return List.copyOf(fresh.subList(count, fresh.size()));
    }

    private static Response tagged(Interceptor.Chain chain, RunTag tag) throws IOException {
        try {
            return chain.proceed(chain.request().newBuilder().tag(RunTag.class, tag).build());
        } catch (HarvestStopped e) {
            throw e;
        } catch (IOException e) {
            throw new RetriesSpent(e);
        }
    }

    private Response noteFresh(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful()) { // a 304 is not: the cached copy still holds
            fresh.add(chain.request().url().toString());
        }
        return response;
    }

    /**
     * A request failed after the shared client's retries. Not a {@link java.net.SocketException}, which hub4j would
     * retry on its own.
     */
    static final class RetriesSpent extends IOException {

        RetriesSpent(IOException cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }
}
