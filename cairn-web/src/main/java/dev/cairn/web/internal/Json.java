package dev.cairn.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** The framework's one Jackson mapper: configured once, shared, thread-safe. */
public final class Json {

    /** Jackson's defaults: records, maps, lists and beans both ways. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** Writes a value as UTF-8 JSON bytes. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }
}
