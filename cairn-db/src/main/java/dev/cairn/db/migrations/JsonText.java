package dev.cairn.db.migrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a migration file's JSON for people to review: two-space indentation, and an object or array that holds no
 * object and fits on a line written on one line ({@code {"name": "title", "type": "char", "maxLength": 200}}), so
 * that a field reads as one line and a diff of two versions shows what changed.
 */
final class JsonText {

    private static final int WIDTH = 120;

    private JsonText() {}

    /** The document, with a newline at its end. */
    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, 0, out);
        return out.append('\n').toString();
    }

    private static void write(JsonNode node, int depth, StringBuilder out) {
        String line = oneLine(node);
        if (line != null && depth * 2 + line.length() <= WIDTH) {
            out.append(line);
            return;
        }
        boolean object = node.isObject();
        out.append(object ? '{' : '[');
        List<String> keys = new ArrayList<>();
        List<JsonNode> values = new ArrayList<>();
        if (object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                keys.add(entry.getKey());
                values.add(entry.getValue());
            }
        } else {
            node.forEach(values::add);
        }
        String indent = "  ".repeat(depth + 1);
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(indent);
            if (object) {
                out.append(new TextNode(keys.get(i))).append(": ");
            }
            write(values.get(i), depth + 1, out);
        }
        out.append('\n').append("  ".repeat(depth)).append(object ? '}' : ']');
    }

    /** The node on one line, or null when it holds an object (other than an empty one) inside an array. */
    private static String oneLine(JsonNode node) {
        if (node.isValueNode()) {
            return node.toString();
        }
        List<String> parts = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getValue().isObject() || containsObject(entry.getValue())) {
                    return null;
                }
                String value = oneLine(entry.getValue());
                parts.add(new TextNode(entry.getKey()) + ": " + value);
            }
            return "{" + String.join(", ", parts) + "}";
        }
        if (containsObject(node)) {
            return null;
        }
        for (JsonNode item : node) {
            parts.add(oneLine(item));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static boolean containsObject(JsonNode node) {
        for (JsonNode item : node) {
            if (item.isObject() || (item.isArray() && containsObject(item))) {
                return true;
            }
        }
        return false;
    }

    /** A factory for the nodes the writer builds. */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
}
