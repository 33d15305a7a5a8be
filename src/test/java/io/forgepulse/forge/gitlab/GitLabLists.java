package io.forgepulse.forge.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.forgepulse.testing.PageLinks;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A list endpoint as gitlab.com serves one: {@code updated_after} keeps the items updated at or after it (the list is
 * given in update order), {@code page} cuts offset pages of the stub's size, and each page carries GitLab's paging
 * headers ({@code X-Page}, {@code X-Next-Page} empty on the last page, {@code X-Total}, {@code Link} with first, last,
 * next and prev) next to the recorded ones, and an {@code ETag} that turns a matching {@code If-None-Match} into a 304.
 */
public final class GitLabLists implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "gitlab-list";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Parameters parameters = event.getTransformerParameters();
        String base = parameters.getString("base");
        int pageSize = parameters.getInt("pageSize");
        Request request = event.getRequest();
        String after = first(request.queryParameter("updated_after"));
        String pageParameter = first(request.queryParameter("page"));
        int page = pageParameter == null ? 1 : Integer.parseInt(pageParameter);
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : RecordedGitLab.parse(parameters.getString("items"))) {
            if (after == null || !OffsetDateTime.parse(item.path("updated_at").asText()).isBefore(OffsetDateTime.parse(after))) {
                items.add(item);
            }
        }
        int pages = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        ArrayNode body = RecordedGitLab.JSON.createArrayNode();
        int from = Math.min(items.size(), (page - 1) * pageSize);
        items.subList(from, Math.min(items.size(), page * pageSize)).forEach(body::add);
        String text = body.toString();
        String etag = "W/\"" + RecordedGitLab.digest(text) + "\"";
        HttpHeaders headers = RecordedGitLab.recordedHeaders().plus(new HttpHeader("Etag", etag));
        if (etag.equals(request.getHeader("If-None-Match"))) {
            return new ResponseDefinitionBuilder().withStatus(304).withHeaders(headers).build();
        }
        headers = headers.plus(new HttpHeader("X-Page", Integer.toString(page)),
                new HttpHeader("X-Per-Page", Integer.toString(pageSize)),
                new HttpHeader("X-Next-Page", page < pages ? Integer.toString(page + 1) : ""),
                new HttpHeader("X-Prev-Page", page > 1 ? Integer.toString(page - 1) : ""),
                new HttpHeader("X-Total", Integer.toString(items.size())),
                new HttpHeader("X-Total-Pages", Integer.toString(pages)),
                new HttpHeader("Link", link(base, request, page, pages)));
        return new ResponseDefinitionBuilder().withStatus(200).withHeaders(headers).withBody(text).build();
    }

    /** GitLab's Link header: prev and next where they exist, then first and last, each with the request's query. */
    private static String link(String base, Request request, int page, int pages) {
        String prefix = PageLinks.prefix(base, request);
        List<String> parts = new ArrayList<>();
        if (page > 1) {
            parts.add("<" + prefix + (page - 1) + ">; rel=\"prev\"");
        }
        if (page < pages) {
            parts.add("<" + prefix + (page + 1) + ">; rel=\"next\"");
        }
        parts.add("<" + prefix + 1 + ">; rel=\"first\"");
        parts.add("<" + prefix + pages + ">; rel=\"last\"");
        return String.join(", ", parts);
    }

    private static String first(QueryParameter parameter) {
        return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
    }
}
