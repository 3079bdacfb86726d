package dev.cairn.web.staticfiles;

import dev.cairn.http.HttpDate;
import dev.cairn.journey.Journey;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Serves static files from a {@link StaticFinder}: Django's {@code django.contrib.staticfiles.views.serve}, routed
 * by {@link StaticRoutes} under {@code STATIC_URL} with a {@code <path:name>} argument.
 *
 * <p>
 * Only {@code GET} and {@code HEAD} are answered; any other method gets 405 with {@code Allow: GET, HEAD}. A name
 * no source has, and one that tries to leave its root ({@code ..}, {@code %2e%2e}, an absolute path, a backslash,
 * NUL), gets 404: the sources refuse such names exactly as they report a missing file.
 *
 * <p>
 * The answer carries the file's strong, content-derived ETag ({@link StaticFile#etag(Encoding)}, one per coding),
 * {@code Last-Modified} and {@code Content-Type}. Of its precompressed siblings the one
 * {@link Negotiation#pick(String, StaticFile)} chooses for {@code Accept-Encoding} is sent, with
 * {@code Content-Encoding}; a file with siblings is sent with {@code Vary: Accept-Encoding}. A client that refuses
 * every coding the file has gets it uncoded, as RFC 9110 §12.5.3 lets a server do rather than answer 406. The
 * response is a {@link Response#file file response}, so the site answers {@code If-None-Match} and
 * {@code If-Modified-Since} with 304, {@code If-Match} with 412 and {@code Range} with 206 or 416 as it sends it.
 *
 * <p>
 * A file whose name carries its own content hash ({@code app.3f2a9c1e.css}, as {@link CollectStatic} writes it)
 * never changes, so it is sent with {@code Cache-Control: public, max-age=31536000, immutable} (RFC 8246); any
 * other name with {@code no-cache}, which lets a browser keep it but makes it ask (and get a 304) each time, so an
 * edited file shows at once.
 */
public final class StaticFilesView implements View {

    /** The path argument that names the file, as in {@code <path:name>}. */
    public static final String NAME = "name";

    /** One year, the longest RFC 9111 caches are asked to honour, for a name that can never change its content. */
    static final String IMMUTABLE = "public, max-age=" + 365 * 24 * 60 * 60 + ", immutable";
    /** Keep it, but revalidate on each use: the ETag makes that a 304. */
    static final String REVALIDATE = "no-cache";

    private static final Set<String> ALLOWED = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("GET",
            "HEAD")));

    private final StaticFinder finder;

    private StaticFilesView(StaticFinder finder) {
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    /** Returns a view serving the files {@code finder} finds, named by the path argument {@value #NAME}. */
    public static StaticFilesView of(StaticFinder finder) {
        return new StaticFilesView(finder);
    }

    /** Returns the finder files are looked up in. */
    public StaticFinder finder() {
        return finder;
    }

    /**
     * Answers a request for the file named by the path argument {@value #NAME}.
     *
     * @throws HttpError 404 when no source has the name or the name is refused
     * @throws IllegalStateException when the route has no {@code <path:name>} argument: a mistake in the routes
     */
    @Override
    public Response handle(Request request) {
        if (!ALLOWED.contains(request.method())) {
            return request.app().errors().methodNotAllowed(request, ALLOWED);
        }
        if (!(request.kwarg(NAME) instanceof String name)) {
            throw new IllegalStateException("StaticFilesView needs a route with a <path:" + NAME + "> argument, "
                    + "such as \"static/<path:" + NAME + ">\"; the route is " + request.match());
        }
        StaticFile file = finder.find(name)
                .orElseThrow(() -> HttpError.notFound("No static file '" + name + "' in " + finder.sources()));
        Encoding encoding = Negotiation.pick(acceptEncoding(request), file).orElse(Encoding.IDENTITY);
        Path bytes = encoding == Encoding.IDENTITY ? file.path() : file.variant(encoding).orElseThrow().path();
        Response response = Response.file(bytes)
                .header("Content-Type", file.contentType())
                .header("ETag", file.etag(encoding))
                .header("Last-Modified", HttpDate.format(file.lastModified()))
                .header("Cache-Control", carriesOwnHash(name, file) ? IMMUTABLE : REVALIDATE);
        if (encoding != Encoding.IDENTITY) {
            response.header("Content-Encoding", encoding.token());
        }
        if (!file.variants().isEmpty()) {
            response.addHeader("Vary", "Accept-Encoding");
        }
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("staticfiles", "served", "name", name, "path", bytes.toString(), "encoding",
                    encoding.token());
        }
        return response;
    }

    /** Every {@code Accept-Encoding} line, joined as one list (RFC 9110 §5.3), or null when there is none. */
    private static String acceptEncoding(Request request) {
        List<String> lines = request.headers().all("Accept-Encoding");
        return lines.isEmpty() ? null : String.join(", ", lines);
    }

    /**
     * Whether the name's last segment has the form {@link StaticFile#hashedName()} writes and its digits are the
     * start of the file's own hash: then the content behind this name can never change.
     */
    static boolean carriesOwnHash(String name, StaticFile file) {
        String[] pieces = name.substring(name.lastIndexOf('/') + 1).split("\\.", -1);
        if (pieces.length < 2) {
            return false;
        }
        // "app.3f2a9c1e.css" has the digits before the extension; "LICENSE.3f2a9c1e" (no extension) at the end.
        String digits = pieces.length == 2 ? pieces[1] : pieces[pieces.length - 2];
        return digits.length() == StaticFile.NAME_HEX_DIGITS && digits.chars().allMatch(StaticFilesView::isHex)
                && file.hash().startsWith(digits);
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    @Override
    public String toString() {
        return "StaticFilesView" + finder.sources();
    }
}
