package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Bodies as real clients send them, and a parser shared between threads. */
class MultipartClientsTest {
    private final MultipartParser parser = MultipartParser.builder().build();

    private List<Part> parse(String contentType, String body) throws IOException, HttpException {
        String boundary = MultipartParser.boundary(contentType);
        return parser.parseAll(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), boundary);
    }

    @Test
    void chromeFormWithAFileAndAnEmptyFileInputIsRead() throws IOException, HttpException {
        String b = "----WebKitFormBoundaryePkpFF7tjBAqx29L";
        String body = "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Caf\u00E9 \u2615\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"photo\"; filename=\"r\u00E9sum\u00E9 %22final%22.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n"
                + "%PDF-1.7\n...\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"extra\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + "\r\n"
                + "--" + b + "--\r\n";
        List<Part> parts = parse("multipart/form-data; boundary=" + b, body);
        assertEquals("Caf\u00E9 \u2615", parts.get(0).text());
        Part photo = parts.get(1);
        // Browsers write the name in UTF-8 and escape '"' as %22 (HTML's multipart/form-data encoding)
        assertEquals("r\u00E9sum\u00E9 %22final%22.pdf", photo.filename());
        assertEquals("application/pdf", photo.contentType());
        assertEquals("%PDF-1.7\n...", photo.text());
        Part extra = parts.get(2);
        assertTrue(extra.isFile());
        assertEquals("", extra.filename());
        assertEquals(0, extra.size());
    }

    @Test
    void firefoxBodyWithItsLongDashBoundaryIsRead() throws IOException, HttpException {
        String b = "---------------------------9051914041544843365972754266";
        String body = "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"text\"\r\n\r\n"
                + "text default\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"file1\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "Content of a.txt.\n\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"file2\"; filename=\"a.html\"\r\n"
                + "Content-Type: text/html\r\n\r\n"
                + "<!DOCTYPE html><title>Content of a.html.</title>\n\r\n"
                + "--" + b + "--\r\n";
        List<Part> parts = parse("multipart/form-data; boundary=" + b, body);
        assertEquals(List.of("text", "file1", "file2"), parts.stream().map(Part::name).toList());
        assertEquals("Content of a.txt.\n", parts.get(1).text());
        assertEquals("text/html", parts.get(2).contentType());
    }

    @Test
    void curlBodyWithQuotedBoundaryAndFilenameStarIsRead() throws IOException, HttpException {
        String b = "------------------------d74496d66958873e";
        String body = "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"person\"\r\n\r\n"
                + "anonymous\r\n"
                + "--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"secret\"; filename=\"file.txt\"; "
                + "filename*=UTF-8''%E2%82%AC%20rates.txt\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "contents of the file\r\n"
                + "--" + b + "--\r\n";
        List<Part> parts = parse("multipart/form-data; boundary=\"" + b + "\"", body);
        assertEquals("anonymous", parts.get(0).text());
        assertNull(parts.get(0).filename());
        assertEquals("\u20AC rates.txt", parts.get(1).filename());
    }

    @Test
    void rfc7578ExampleWithCharsetFieldIsRead() throws IOException, HttpException {
        // RFC 7578 §4.6: the _charset_ field tells the form's default charset
        String body = "--AaB03x\r\n"
                + "content-disposition: form-data; name=\"_charset_\"\r\n\r\n"
                + "iso-8859-1\r\n"
                + "--AaB03x--\r\n";
        Part p = parse("multipart/form-data; boundary=AaB03x", body).get(0);
        assertEquals("_charset_", p.name());
        assertEquals("iso-8859-1", p.text());
    }

    @Test
    void oneParserServesManyThreadsAtOnce() throws Exception {
        MultipartParser shared = MultipartParser.builder().memoryThreshold(1024).build();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String value = ("thread " + i + " ").repeat(200);
                byte[] body = MultipartBodies.body(MultipartBodies.field("v", value));
                Callable<String> task = () -> {
                    Part p = shared.parseAll(new ByteArrayInputStream(body), MultipartBodies.BOUNDARY).get(0);
                    try (p) {
                        return p.text();
                    }
                };
                results.add(pool.submit(task));
            }
            for (int i = 0; i < 50; i++) {
                assertEquals(("thread " + i + " ").repeat(200), results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
