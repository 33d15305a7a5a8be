package io.forgepulse.forge.http;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * How many items a whole list holds, as its first page says: GitLab's {@code X-Total}, Gitee's {@code total_count}, or
 * the page number of GitHub's {@code Link: rel="last"} times its {@code per_page} (an upper bound: the last page may be
 * short). A list that fits one page is counted from the page itself. Null when the answer does not say.
 */
final class ListTotal {

    private static final int MAX_DIGITS = 9;

    private ListTotal() {
    }

    static Integer of(Response response, JsonNode body, HttpUrl next) {
        Integer header = number(response.header("X-Total"));
        if (header == null) {
            header = number(response.header("total_count"));
        }
        if (header != null) {
            return header;
        }
        String last = LinkHeader.url(response.header("Link"), "last");
        HttpUrl lastUrl = last == null ? null : response.request().url().resolve(last);
        if (lastUrl != null) {
            Integer page = number(lastUrl.queryParameter("page"));
            Integer perPage = number(lastUrl.queryParameter("per_page"));
            if (page != null && perPage != null) {
                return Math.multiplyExact(page, perPage);
            }
        }
        return next == null && body.isArray() ? body.size() : null;
    }

    private static Integer number(String text) {
        if (text == null || !text.trim().matches("\\d{1," + MAX_DIGITS + "}")) {
            return null;
        }
        return Integer.valueOf(text.trim());
    }
}
