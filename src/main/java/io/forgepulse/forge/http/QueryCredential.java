package io.forgepulse.forge.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A token that travels in the query string (Gitee's {@code access_token}), kept out of everything but the wire. The
 * forge's dialect attaches it to the request as an OkHttp tag ({@link #attach}), which nothing stores or prints; this
 * network interceptor, the innermost one, adds it to the URL that is sent and hands back an answer whose request is
 * the one without it. So the disk cache (its keys, its journal and its entries, which hold the URL), the accounting,
 * the paging links built from the request and every message see the URL without the token; a {@code Location} that
 * names the parameter comes back without it too.
 */
public final class QueryCredential implements Interceptor {

    private final String parameter;
    private final String token;

    private QueryCredential(String parameter, String token) {
        this.parameter = parameter;
        this.token = token;
    }

    /** Lets {@code request} carry {@code token} as the query parameter {@code parameter} on the network only. */
    public static void attach(Request.Builder request, String parameter, String token) {
        request.tag(QueryCredential.class, new QueryCredential(parameter, token));
    }

    /** The network interceptor of the shared client. */
    static Interceptor interceptor() {
        return chain -> {
            QueryCredential credential = chain.request().tag(QueryCredential.class);
            return credential == null ? chain.proceed(chain.request()) : credential.intercept(chain);
        };
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request clean = request.newBuilder().url(without(request.url())).build();
        Request sent = clean.newBuilder().url(clean.url().newBuilder().setQueryParameter(parameter, token).build()).build();
        Response response = chain.proceed(sent);
        Response.Builder answer = response.newBuilder().request(clean);
        String location = response.header("Location");
        HttpUrl target = location == null ? null : clean.url().resolve(location);
        if (target != null && target.queryParameter(parameter) != null) {
            answer.header("Location", without(target).toString());
        }
        return answer.build();
    }

    private HttpUrl without(HttpUrl url) {
        return url.newBuilder().removeAllQueryParameters(parameter).build();
    }

    @Override
    public String toString() {
        return "QueryCredential[" + parameter + "]"; // never the token
    }
}
