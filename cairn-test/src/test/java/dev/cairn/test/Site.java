package dev.cairn.test;

import dev.cairn.http.Part;
import dev.cairn.http.SetCookie;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Route;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.templates.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The small site the client's tests drive: one view per thing a test client must get right. */
final class Site {

    static final Settings SETTINGS = Settings.builder()
            .debug(true)
            .secretKey("test-secret-key-that-is-long-enough-for-the-checks-0123456789")
            .allowedHosts("localhost", "testserver", "127.0.0.1")
            .build();

    private Site() {}

    private static Route<View> path(String pattern, View view, String name) {
        return Routes.path(pattern, view, name);
    }

    /** The site, its templates read from the test resources' {@code client-templates} folder. */
    static WebApp app() {
        Templates templates = Templates.builder().classpath("client-templates", Site.class.getClassLoader()).build();
        return WebApp.builder()
                .settings(SETTINGS)
                .templates(templates)
                .routes(path("", Site::home, "home"),
                        path("hello/", r -> Response.text("hello, world"), "hello"),
                        path("host/", r -> Response.text(r.host()), "host"),
                        path("long/", r -> Response.text("x".repeat(1000) + "needle"), "long"),
                        path("echo/", Site::echo, "echo"),
                        path("echo/<path:rest>", Site::echo, "echo-anywhere"),
                        path("form/", Site::form, "form").methods("GET", "POST"),
                        path("done/", r -> r.render("done.html", Map.of("title", r.query("title"))), "done"),
                        path("redirect/<int:status>/", Site::redirect, "redirect"),
                        path("loop/", r -> Response.redirect("/loop/"), "loop"),
                        path("gone/", r -> Response.redirect("/missing/"), "gone"),
                        path("deep/a/b/", r -> Response.redirect("../c/?from=b#ignored"), "deep"),
                        path("deep/a/c/", r -> Response.text("c " + r.query("from")), "deep-c"),
                        path("flavor/set/", Site::setFlavor, "flavor-set"),
                        path("flavor/", Site::readFlavor, "flavor"),
                        path("json/", r -> Response.json(r.json()), "json"),
                        path("upload/", Site::upload, "upload"),
                        path("count/", Site::count, "count"),
                        path("stream/", Site::stream, "stream"),
                        path("file/", r -> Response.file(Path.of(r.query("path"))), "file"),
                        path("fragment/", Site::fragment, "fragment"),
                        path("two/", Site::twoTemplates, "two"),
                        path("boom/", r -> {
                            throw new IllegalStateException("the view broke");
                        }, "boom"))
                .build();
    }

    /** Greets the {@code name} in the query, through a template that extends a base. */
    private static Response home(Request request) {
        String name = request.query("name");
        return request.render("home.html", Map.of("name", name == null ? "world" : name, "items",
                List.of("stone", "path")));
    }

    /**
     * Answers with what arrived, one fact a line: the method, scheme, host, client, Content-Type, Content-Length,
     * body, query, Cookie header and X-Test lines. Each {@code set} query value goes back as a Set-Cookie line, as
     * written, so that the cookie jar's tests can set anything from any path.
     */
    private static Response echo(Request request) {
        String body = new String(request.body(), StandardCharsets.UTF_8);
        Response response = Response.text("method=" + request.method() + "\nscheme=" + request.scheme() + "\nhost="
                + request.header("Host") + "\nclient=" + request.client() + "\ncontent-type="
                + request.header("Content-Type") + "\ncontent-length=" + request.header("Content-Length")
                + "\nbody=" + body + "\nquery=" + new TreeMap<>(queryLists(request)) + "\ncookie="
                + request.header("Cookie") + "\nx-test=" + request.headers().all("X-Test"));
        return setCookies(request, response);
    }

    /** Adds each {@code set} query value to the response as a Set-Cookie line, as written. */
    private static Response setCookies(Request request, Response response) {
        request.query().all("set").forEach(line -> response.addHeader("Set-Cookie", line));
        return response;
    }

    private static Map<String, List<String>> queryLists(Request request) {
        Map<String, List<String>> lists = new TreeMap<>();
        request.query().forEach(p -> lists.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.value()));
        return lists;
    }

    /** The redirect after POST: a valid form is saved and answered with 303 to the result; an invalid one shown. */
    private static Response form(Request request) {
        if (request.method().equals("GET")) {
            return request.render("form.html", Map.of("title", ""));
        }
        String title = request.form("title");
        if (title == null || title.isBlank()) {
            return request.render("form.html", Map.of("title", "", "error", "A title is required"));
        }
        return Response.seeOther("/done/?title=" + dev.cairn.http.PercentCodec.encodeQueryComponent(title));
    }

    /** Redirects with the status in the path to the echo view, setting any {@code set} cookies. */
    private static Response redirect(Request request) {
        return setCookies(request, Response.redirect("/echo/?via=" + request.kwarg("status"),
                request.kwarg("status", Number.class).intValue()));
    }

    /** Sets a cookie through the framework's API. */
    private static Response setFlavor(Request request) {
        return Response.text("flavor set")
                .cookie(SetCookie.builder("flavor", request.query("value")).path("/").httpOnly(true).build());
    }

    /** Reads the cookie {@link #setFlavor} set. */
    private static Response readFlavor(Request request) {
        String flavor = request.cookie("flavor");
        return Response.text(flavor == null ? "no flavor" : "flavor is " + flavor);
    }

    /** Reports a multipart form's fields and files: {@code title=Trip; doc=a.txt (5 bytes, text/plain)}. */
    private static Response upload(Request request) throws IOException {
        List<String> lines = new ArrayList<>();
        request.form().forEach(p -> lines.add(p.name() + "=" + p.value()));
        for (var entry : new TreeMap<>(request.files()).entrySet()) {
            for (Part part : entry.getValue()) {
                lines.add(entry.getKey() + "=" + part.filename() + " (" + part.size() + " bytes, "
                        + part.contentType() + ", sha " + hash(part) + ")");
            }
        }
        return Response.text(String.join("\n", lines));
    }

    /** A fingerprint of an upload's bytes, read from memory or from its temporary file alike. */
    private static String hash(Part part) throws IOException {
        try (InputStream in = part.inputStream()) {
            return Integer.toHexString(Arrays.hashCode(in.readAllBytes()));
        }
    }

    /**
     * Reads the body stream to its end in 64 KiB reads, then reads again, and reports the total, the read count,
     * the largest read, what the reads after the end returned and the declared length.
     */
    private static Response count(Request request) {
        try (InputStream in = request.bodyStream()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int reads = 0;
            int largest = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                reads++;
                largest = Math.max(largest, n);
            }
            int after = in.read();
            int afterArray = in.read(buffer, 0, buffer.length);
            return Response.text("total=" + total + " reads=" + reads + " largest=" + largest + " after=" + after
                    + "," + afterArray + " declared=" + request.header("Content-Length"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body written as it goes, in three pieces. */
    private static Response stream(Request request) {
        return Response.stream("text/plain; charset=utf-8", out -> {
            for (String piece : List.of("one ", "two ", "three")) {
                out.write(piece.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        });
    }

    /** One block of a template, as htmx asks for it. */
    private static Response fragment(Request request) {
        return request.renderBlock("list.html", "rows", Map.of("count", 2, "rows", List.of("a", "b")));
    }

    /** Renders an email's text first, then the page the response carries. */
    private static Response twoTemplates(Request request) {
        request.render("email.txt", Map.of("name", "ann"));
        return request.render("home.html", Map.of("name", "page", "items", List.of()));
    }

    /** Writes a file for the file view to serve. */
    static Path file(Path folder, String text) {
        try {
            return Files.writeString(folder.resolve("served.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
