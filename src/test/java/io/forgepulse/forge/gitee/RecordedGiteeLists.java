package io.forgepulse.forge.gitee;

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
import io.forgepulse.forge.github.RecordedExtension;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A list endpoint as Gitee serves one, following the parameters the client sends: {@code since} keeps the items
 * updated at or after it, {@code sort=updated} with {@code direction} orders them by update, {@code page} cuts pages
 * of the stub's size, and the headers {@code total_page} and {@code total_count} say how many there are (as go-scm's
 * Gitee driver reads them). An {@code ETag} per page turns a matching {@code If-None-Match} into a 304.
 */
public final class RecordedGiteeLists extends RecordedExtension {

    static final String NAME = "recorded-gitee-list";

    public RecordedGiteeLists() {
        super(NAME);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Parameters parameters = event.getTransformerParameters();
        int pageSize = parameters.getInt("pageSize");
        Request request = event.getRequest();
        String since = first(request.queryParameter("since"));
        String page = first(request.queryParameter("page"));
        int number = page == null ? 1 : Integer.parseInt(page);
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : parse(parameters.getString("items"))) {
            if (since == null || !updated(item).isBefore(OffsetDateTime.parse(since))) {
                items.add(item);
            }
        }
        if ("updated".equals(first(request.queryParameter("sort")))) {
            Comparator<JsonNode> byUpdate = Comparator.comparing(RecordedGiteeLists::updated);
            items.sort("desc".equals(first(request.queryParameter("direction"))) ? byUpdate.reversed() : byUpdate);
        }
        int pages = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        ArrayNode body = JSON.createArrayNode();
        int from = Math.min(items.size(), (number - 1) * pageSize);
        items.subList(from, Math.min(items.size(), number * pageSize)).forEach(body::add);
        String text = body.toString().replace("https://gitee.com/api/v5", parameters.getString("base"));
        String etag = "W/\"" + Integer.toHexString(text.hashCode()) + "\"";
        HttpHeaders headers = RecordedGitee.headers().plus(new HttpHeader("ETag", etag),
                new HttpHeader("total_page", Integer.toString(pages)),
                new HttpHeader("total_count", Integer.toString(items.size())));
        if (etag.equals(request.getHeader("If-None-Match"))) {
            return new ResponseDefinitionBuilder().withStatus(304).withHeaders(headers).build();
        }
        return new ResponseDefinitionBuilder().withStatus(200).withHeaders(headers).withBody(text).build();
    }

    private static OffsetDateTime updated(JsonNode item) {
        return OffsetDateTime.parse(item.path("updated_at").asText());
    }

    private static String first(QueryParameter parameter) {
        return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
    }
}
