package io.forgepulse.forge.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading the fields every forge's JSON items have, one way for all of them. */
public final class ItemFields {

    private ItemFields() {
    }

    /** The field as text, or null when it is missing or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * An ISO 8601 time with its offset (GitHub and GitLab write {@code Z}, Gitee {@code +08:00}), or null when it is
     * missing or unreadable: one item with a broken date is skipped where the date is required, never a failed run.
     */
    public static OffsetDateTime time(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
