package dev.cairn.web.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.web.internal.Json;
import java.util.Locale;

/**
 * The JSON side of a {@link Session}: values going in and coming out, and the stored form, one JSON object holding
 * the values and, under {@value Session#EXPIRY_KEY}, the expiry the session chose (seconds, 0 for browser close).
 */
final class SessionJson {

    /**
     * A session as read from its store.
     *
     * @param values        the values
     * @param expirySeconds the expiry the session chose, or null for the settings'
     */
    record Stored(ObjectNode values, Long expirySeconds) {}

    private SessionJson() {}

    /** A value as JSON; refused with the name when Jackson cannot write it. */
    static JsonNode toNode(String name, Object value) {
        try {
            return value == null ? NullNode.getInstance() : Json.MAPPER.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Session value '" + name + "' cannot be stored as JSON: " + e
                    .getMessage(), e);
        }
    }

    /** A JSON value read as a type; refused, saying what the value is, when it does not fit. */
    static <T> T convert(String name, JsonNode node, Class<T> type) {
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Session value '" + name + "' is not a " + type.getSimpleName()
                    + ": it is " + node.getNodeType().name().toLowerCase(Locale.ROOT) + " JSON", e);
        }
    }

    /** The stored form of values and an expiry. */
    static String write(ObjectNode values, Long expirySeconds) {
        ObjectNode stored = values.deepCopy();
        if (expirySeconds != null) {
            stored.put(Session.EXPIRY_KEY, expirySeconds);
        }
        return stored.toString();
    }

    /**
     * Reads the stored form.
     *
     * @throws IllegalArgumentException saying why the text is not a stored session (never quoting it)
     */
    static Stored read(String text) {
        JsonNode stored;
        try {
            stored = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the stored data is not JSON");
        }
        if (stored == null || !stored.isObject()) {
            throw new IllegalArgumentException("the stored data is not a JSON object");
        }
        ObjectNode values = (ObjectNode) stored;
        JsonNode expiry = values.remove(Session.EXPIRY_KEY);
        if (expiry != null && !(expiry.canConvertToLong() && expiry.asLong() >= 0)) {
            throw new IllegalArgumentException("the stored " + Session.EXPIRY_KEY + " is not a number of seconds");
        }
        return new Stored(values, expiry == null ? null : expiry.asLong());
    }
}
