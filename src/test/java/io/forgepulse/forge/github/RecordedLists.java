package io.forgepulse.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
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
 * A list endpoint as GitHub serves one: {@code since} keeps the items updated at or after it (the list is given in
 * update order), {@code page} cuts pages of the stub's size, {@code Link} names the next, previous, first and last
 * pages with the request's own query, and the {@code ETag} of a page turns a matching {@code If-None-Match} into a
 * 304. The stub carries the list ({@link RecordedGitHub#paged}), so one extension serves every server.
 */
public final class RecordedLists extends RecordedExtension {

    public static final String NAME = "recorded-list";

    public RecordedLists() {
        super(NAME);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Parameters parameters = event.getTransformerParameters();
        String base = parameters.getString("base");
        int pageSize = parameters.getInt("pageSize");
        Request request = event.getRequest();
        String since = first(request.queryParameter("since"));
        String pageParameter = first(request.queryParameter("page"));
        int page = pageParameter == null ? 1 : Integer.parseInt(pageParameter);
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : parse(parameters.getString("items"))) {
            if (since == null || !OffsetDateTime.parse(item.path("updated_at").asText()).isBefore(OffsetDateTime.parse(since))) {
                items.add(item);
            }
        }
        int pages = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        ArrayNode body = JSON.createArrayNode();
        int from = Math.min(items.size(), (page - 1) * pageSize);
        items.subList(from, Math.min(items.size(), page * pageSize)).forEach(body::add);
        String rewritten = body.toString().replace("https://api.github.com", base);
        String etag = "W/\"" + RecordedGitHub.sha256(rewritten) + "\"";
        HttpHeaders headers = RecordedGitHub.recordedHeaders().plus(new HttpHeader("ETag", etag));
        if (etag.equals(request.getHeader("If-None-Match"))) {
            return new ResponseDefinitionBuilder().withStatus(304).withHeaders(headers).build();
        }
        String link = link(base, request, page, pages);
        if (link != null) {
            headers = headers.plus(new HttpHeader("Link", link));
        }
        return new ResponseDefinitionBuilder().withStatus(200).withHeaders(headers).withBody(rewritten).build();
    }

    /** GitHub's Link header: next and last, plus first and prev after page 1, each with the request's query. */
    private static String link(String base, Request request, int page, int pages) {
        String prefix = PageLinks.prefix(base, request);
        List<String> parts = new ArrayList<>();
        if (page > 1) {
            parts.add("<" + prefix + (page - 1) + ">; rel=\"prev\"");
        }
        if (page < pages) {
            parts.add("<" + prefix + (page + 1) + ">; rel=\"next\"");
            parts.add("<" + prefix + pages + ">; rel=\"last\"");
        }
        if (page > 1) {
            parts.add("<" + prefix + 1 + ">; rel=\"first\"");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String first(QueryParameter parameter) {
        return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
    }
}
