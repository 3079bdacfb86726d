package dev.cairn.web.forms;

import dev.cairn.http.HttpException;
import dev.cairn.http.MultipartParser;
import dev.cairn.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Real {@link Part}s, made by parsing a small multipart/form-data body as a browser would send it. */
final class Uploads {
    private static final String BOUNDARY = "----CairnFormBoundary7MA4YWxk";

    private Uploads() {}

    /** One file part: {@code name="avatar"; filename="me.png"} with this type and content. */
    static Part file(String name, String filename, String contentType, String content) {
        return parse(head(name, filename) + "Content-Type: " + contentType + "\r\n\r\n" + content).getFirst();
    }

    /** One plain field part, with no filename. */
    static Part field(String name, String value) {
        return parse(head(name, null) + "\r\n" + value).getFirst();
    }

    /** The files map a request hands a form: parts by name. */
    static Map<String, List<Part>> byName(Part... parts) {
        Map<String, List<Part>> files = new LinkedHashMap<>();
        for (Part part : parts) {
            files.merge(part.name(), List.of(part), (a, b) -> Stream.concat(a.stream(), b.stream())
                    .toList());
        }
        return files;
    }

    private static String head(String name, String filename) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\n";
    }

    private static List<Part> parse(String partWithoutEnd) {
        byte[] body = (partWithoutEnd + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        try {
            return MultipartParser.builder().build().parseAll(new ByteArrayInputStream(body), BOUNDARY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (HttpException e) {
            throw new IllegalStateException(e);
        }
    }
}
