package dev.cairn.web.messages;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.web.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Messages as a compact string a cookie or a session can hold: a JSON array of {@code [level, text]} or
 * {@code [level, text, extraTags]}, base64url-encoded so that a cookie value needs no quoting.
 *
 * <p>
 * Decoding trusts nothing: whatever is not exactly that shape, with a known level, gives null, and the caller
 * treats the client as holding no messages.
 */
final class MessageCodec {

    private MessageCodec() {}

    /** The messages encoded. */
    static String encode(List<Message> messages) {
        List<List<Object>> rows = new ArrayList<>(messages.size());
        for (Message message : messages) {
            rows.add(message.extraTags().isEmpty()
                    ? List.of(message.level().value(), message.text())
                    : List.of(message.level().value(), message.text(), message.extraTags()));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(rows));
    }

    /** The messages a string holds, or null when it is not an encoding of messages. */
    static List<Message> decode(String encoded) {
        JsonNode rows;
        try {
            rows = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(encoded));
        } catch (IllegalArgumentException | IOException e) {
            return null;
        }
        if (rows == null || !rows.isArray()) {
            return null;
        }
        List<Message> messages = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            Message message = message(row);
            if (message == null) {
                return null;
            }
            messages.add(message);
        }
        return messages;
    }

    private static Message message(JsonNode row) {
        if (!row.isArray() || row.size() < 2 || row.size() > 3 || !row.get(0).isInt() || !row.get(1).isTextual()
                || (row.size() == 3 && !row.get(2).isTextual())) {
            return null;
        }
        Level level = Level.ofValue(row.get(0).intValue());
        return level == null
                ? null
                : new Message(level, row.get(1).textValue(), row.size() == 3
                        ? row.get(2).textValue()
                        : "");
    }
}
