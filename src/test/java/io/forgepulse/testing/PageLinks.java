package io.forgepulse.testing;

import com.github.tomakehurst.wiremock.http.Request;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What the recorded forges' {@code Link} headers share: a page's URL is the request's, with its {@code page} replaced. */
public final class PageLinks {

    private PageLinks() {
    }

    /** The request's URL on {@code base} with every query parameter but {@code page}, ending in {@code page=}. */
    public static String prefix(String base, Request request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : Arrays.stream(url.substring(q + 1).split("&"))
                .filter(p -> !p.startsWith("page=")).collect(Collectors.joining("&"));
        return base + path + "?" + (query.isEmpty() ? "" : query + "&") + "page=";
    }
}
