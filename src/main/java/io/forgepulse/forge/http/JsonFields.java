package io.forgepulse.forge.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** Fields of a forge's JSON items as the connectors read them: absent and null alike are "not said". */
public final class JsonFields {

    private JsonFields() {
    }

    /** The field as text, or null when it is absent or null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The field as a time with its offset (ISO 8601, as every forge writes them), or null when not said. */
    public static OffsetDateTime time(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : OffsetDateTime.parse(value);
    }
}
