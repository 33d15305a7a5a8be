package io.forgepulse.forge.gitee;

import io.forgepulse.forge.http.ForgeDialect;
import io.forgepulse.forge.http.Paging;
import io.forgepulse.forge.http.QueryCredential;
import io.forgepulse.forge.http.RestClient;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Gitee's REST API v5 on the shared core. Gitee documents one way for a token: the {@code access_token} query
 * parameter (every operation of its v5 Swagger spec, none in a header), so the token goes through
 * {@link QueryCredential}: on the wire only, never in the cache, a message or a metric. Lists page by page number,
 * with {@code total_page} in the answer's headers.
 */
final class GiteeApi {

    static final String TOKEN_PARAMETER = "access_token";

    static final ForgeDialect DIALECT = new ForgeDialect() {
        @Override
        public String name() {
            return "Gitee";
        }

        @Override
        public void authorize(Request.Builder request, String token) {
            request.header("Accept", "application/json");
            if (token != null) {
                QueryCredential.attach(request, TOKEN_PARAMETER, token);
            }
        }

        @Override
        public Paging paging() {
            return Paging.TOTAL_PAGE;
        }

        @Override
        public String failure(String what, int code) {
            return ForgeDialect.failure("Gitee", "FORGEPULSE_GITEE_TOKEN", what, code);
        }
    };

    private GiteeApi() {
    }

    static RestClient rest(OkHttpClient client, String apiUrl) {
        return new RestClient(client, apiUrl, DIALECT);
    }
}
