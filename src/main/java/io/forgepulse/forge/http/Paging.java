package io.forgepulse.forge.http;

import okhttp3.HttpUrl;
import okhttp3.Response;

/** The ways forges say where the next page of a list is. */
public enum Paging {

    /** RFC 8288 {@code Link: <…>; rel="next"} (GitHub; GitLab's keyset and offset pages). */
    LINK {
        @Override
        HttpUrl next(Response response) {
            String next = LinkHeader.url(response.header("Link"), "next");
            return next == null ? null : response.request().url().resolve(next);
        }
    },

    /** {@code X-Next-Page: N}, empty on the last page (GitLab's offset pages). */
    NEXT_PAGE_HEADER {
        @Override
        HttpUrl next(Response response) {
            Integer next = number(response.header("X-Next-Page"));
            return next == null ? null : page(response, next);
        }
    },

    /** {@code total_page: N} beside the {@code page} the request asked (Gitee). */
    TOTAL_PAGE {
        @Override
        HttpUrl next(Response response) {
            Integer total = number(response.header("total_page"));
            Integer current = number(response.request().url().queryParameter("page"));
            int page = current == null ? 1 : current;
            return total == null || page >= total ? null : page(response, page + 1);
        }
    };

    /** The absolute URL of the next page, or null on the last one. */
    abstract HttpUrl next(Response response);

    private static HttpUrl page(Response response, int page) {
        return response.request().url().newBuilder().setQueryParameter("page", Integer.toString(page)).build();
    }

    private static Integer number(String header) {
        if (header == null || !header.trim().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(header.trim());
    }
}
