package dev.cairn.test;

import dev.cairn.gateway.Application;
import dev.cairn.gateway.Connection;
import dev.cairn.gateway.Request;
import dev.cairn.gateway.Response;
import dev.cairn.gateway.ResponseBody;
import dev.cairn.http.Headers;
import dev.cairn.journey.Journey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * One exchange through the gateway with no socket: the request a server would hand over, the application run inside
 * a journey, and the whole response read as a server would send it.
 *
 * <p>
 * What a server does to the response is done here too: no body for {@code HEAD} or for 1xx, 204 and 304 responses
 * (RFC 9110 §6.4.1), and a streamed body's declared {@code Content-Length} is held to. Framing fields
 * ({@code Content-Length}, {@code Date}, {@code Server}) are not added: the response's headers are the
 * application's.
 */
final class InProcess {

    /** The client's side of every in-process connection. */
    private static final InetSocketAddress PEER = new InetSocketAddress("127.0.0.1", 50_000);
    private static final Connection.Tls TLS = new Connection.Tls("TLSv1.3", "TLS_AES_128_GCM_SHA256", "http/1.1");

    /**
     * What came back.
     *
     * @param response the gateway response as the application returned it
     * @param body     the body as a client would have received it
     * @param journey  what the layers recorded
     */
    record Result(Response response, byte[] body, Journey journey) {}

    private InProcess() {}

    /**
     * Sends one request to the application and reads the whole response.
     *
     * @throws AssertionError when the application throws a checked exception, or a streamed body fails or
     *             breaks its {@code Content-Length}: the server would answer 500 or cut the connection
     */
    static Result exchange(Application application, String method, URI url, Headers headers, byte[] body,
            long connectionId) {
        boolean secure = "https".equalsIgnoreCase(url.getScheme());
        Connection connection = new Connection(connectionId, PEER,
                new InetSocketAddress("127.0.0.1", secure ? 443 : 80), secure, secure ? TLS : null);
        PayloadBody payload = new PayloadBody(body);
        Request request = new Request(method, Urls.target(url), "HTTP/1.1", headers, payload,
                secure ? "https" : "http", "127.0.0.1", connection);
        Journey journey = Journey.begin("client-" + connectionId);
        try {
            return journey.carry(() -> {
                Response response = application.handle(request);
                return new Result(response, read(method, response), journey);
            });
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("The application threw instead of answering " + method + " " + url, e);
        } finally {
            payload.expire();
        }
    }

    /** The body a client receives for this response. */
    private static byte[] read(String method, Response response) {
        int status = response.status();
        if (method.equals("HEAD") || status < 200 || status == 204 || status == 304) {
            return new byte[0];
        }
        try {
            return switch (response.body()) {
                case ResponseBody.Bytes bytes -> bytes.bytes();
                case ResponseBody.Streamed streamed -> stream(streamed, response.headers());
                case ResponseBody.File file -> region(file);
                case ResponseBody.Upgrade upgrade -> new byte[0];
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] stream(ResponseBody.Streamed streamed, Headers headers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            streamed.writer().writeTo(out);
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("The streamed body failed after its head; the server would cut the connection "
                    + "after " + out.size() + " bytes", e);
        }
        String declared = headers.first("Content-Length");
        if (declared != null && !declared.strip().equals(Integer.toString(out.size()))) {
            throw new AssertionError("The streamed body wrote " + out.size() + " bytes but its Content-Length says "
                    + declared.strip() + "; the server would cut the connection");
        }
        return out.toByteArray();
    }

    private static byte[] region(ResponseBody.File file) throws IOException {
        if (file.length() > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("A " + file.length() + "-byte file body is too large for the test client");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) file.length());
        try (FileChannel channel = FileChannel.open(file.path())) {
            long position = file.offset();
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position);
                if (n < 0) {
                    throw new AssertionError("The file " + file.path() + " ended before its " + file.length()
                            + "-byte region at " + file.offset() + "; the server would cut the connection");
                }
                position += n;
            }
        }
        return buffer.array();
    }
}
