package dev.cairn.web.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import dev.cairn.web.WebApp;
import dev.cairn.web.routing.Routes;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.templates.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The per-request CSP nonce: made only when used, and the same in the page and the header. */
class CspNonceTest {

    private static final Pattern HEADER_NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'; "
            + "style-src 'self' 'nonce-\\1';");
    private static final Pattern PAGE_NONCE = Pattern.compile("<script nonce=\"([^\"]*)\">");

    @TempDir
    Path templates;

    private WebApp site(Settings settings, View view, Templates templates) {
        WebApp.Builder builder = WebApp.builder().settings(settings).routes(Routes.path("", view));
        if (templates != null) {
            builder.templates(templates);
        }
        return builder.middleware(new SecurityMiddleware(settings)).build();
    }

    private Templates templates(String name, String text) throws IOException {
        Files.writeString(templates.resolve(name), text);
        return Templates.builder().folder(templates).contextProcessor(CspNonce.contextProcessor()).build();
    }

    private static String headerNonce(dev.cairn.gateway.Response response) {
        Matcher matcher = HEADER_NONCE.matcher(response.headers().first("Content-Security-Policy"));
        assertTrue(matcher.find(), () -> "no nonce in " + response.headers().first("Content-Security-Policy"));
        return matcher.group(1);
    }

    @Test
    void aTemplateUsingTheNonceGetsTheSameOneAsTheHeader() throws IOException {
        Templates pages = templates("page.html", "<script nonce=\"{{ csp_nonce }}\">go()</script>"
                + "<style nonce=\"{{ csp_nonce }}\"></style>");
        var response = site(Sites.base().build(), request -> request.render("page.html", Map.of()), pages)
                .handle(Exchanges.get("/"));

        Matcher page = PAGE_NONCE.matcher(Exchanges.text(response));
        assertTrue(page.find(), Exchanges.text(response));
        assertEquals(headerNonce(response), page.group(1));
        assertTrue(Exchanges.text(response).contains("<style nonce=\"" + page.group(1) + "\">"),
                "a second use prints the same nonce");
    }

    @Test
    void theNonceIs128RandomBitsInBase64() {
        List<String> nonces = new ArrayList<>();
        View view = request -> {
            nonces.add(CspNonce.of(request).value());
            return Response.html("ok");
        };
        WebApp app = site(Sites.base().build(), view, null);

        String first = headerNonce(app.handle(Exchanges.get("/")));
        String second = headerNonce(app.handle(Exchanges.get("/")));

        assertEquals(nonces, List.of(first, second));
        assertEquals(16, Base64.getDecoder().decode(first).length);
        assertNotEquals(first, second, "a nonce is per request");
    }

    @Test
    void aPageThatDoesNotUseTheNonceNeverMakesOne() throws IOException {
        Templates pages = templates("plain.html", "<p>no scripts</p>");
        CspNonce[] seen = new CspNonce[1];
        View view = request -> {
            seen[0] = CspNonce.of(request);
            return request.render("plain.html", Map.of());
        };

        var response = site(Sites.base().build(), view, pages).handle(Exchanges.get("/"));

        assertNotNull(seen[0], "the middleware offers a nonce");
        assertFalse(seen[0].used(), "nothing asked for it");
        assertFalse(response.headers().first("Content-Security-Policy").contains("nonce"));
        assertFalse(response.headers().first("Content-Security-Policy").contains("script-src"),
                "without a nonce, script-src only repeated default-src");
    }

    static Stream<Arguments> policies() {
        return Stream.of(
                Arguments.of("script-src {nonce}", "script-src", "script-src 'nonce-N'"),
                Arguments.of("script-src 'self'  {nonce}; style-src {nonce} 'self'", "script-src 'self'; style-src"
                        + " 'self'", "script-src 'self'  'nonce-N'; style-src 'nonce-N' 'self'"),
                Arguments.of("default-src 'self'", "default-src 'self'", "default-src 'self'"),
                Arguments.of("{nonce}", "", "'nonce-N'"),
                Arguments.of("default-src 'self'; script-src 'self' {nonce}; base-uri 'self'",
                        "default-src 'self'; base-uri 'self'", "default-src 'self'; script-src 'self' 'nonce-N'; "
                                + "base-uri 'self'"),
                Arguments.of("default-src 'self'; script-src {nonce}", "default-src 'self'; script-src",
                        "default-src 'self'; script-src 'nonce-N'"));
    }

    static Stream<Arguments> repeats() {
        return Stream.of(
                Arguments.of("default-src 'self'; img-src 'self'", "default-src 'self'"),
                Arguments.of("default-src 'self' https:; style-src  https:   'self'", "default-src 'self' https:; "
                        + "style-src  https:   'self'"),
                Arguments.of("default-src 'self' https:; style-src 'self'   https:", "default-src 'self' https:"),
                Arguments.of("default-src 'self'; base-uri 'self'; form-action 'self'",
                        "default-src 'self'; base-uri 'self'; form-action 'self'"),
                Arguments.of("default-src 'self'; SCRIPT-SRC 'self'; object-src 'none'",
                        "default-src 'self'; object-src 'none'"),
                Arguments.of("script-src 'self'; style-src 'self'", "script-src 'self'; style-src 'self'"),
                Arguments.of("default-src 'none'; img-src", "default-src 'none'; img-src"),
                Arguments.of("default-src 'self'; script-src 'self'; script-src 'none'",
                        "default-src 'self'; script-src 'self'; script-src 'none'"),
                Arguments.of("default-src 'self'; default-src 'none'; img-src 'none'",
                        "default-src 'self'; default-src 'none'; img-src 'none'"));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @MethodSource
    void repeats(String policy, String minimal) {
        // Only fetch directives fall back to default-src; base-uri and form-action never do, and order matters.
        assertEquals(minimal, ContentSecurityPolicy.withoutRepeats(policy));
    }

    @ParameterizedTest(name = "[{0}] without: [{1}], with: [{2}]")
    @MethodSource("policies")
    void placeholdersBecomeTheNonceOrDisappear(String policy, String without, String with) {
        ContentSecurityPolicy csp = new ContentSecurityPolicy(policy);

        assertEquals(without, csp.withoutNonce());
        assertEquals(with, csp.withNonce("N"));
        assertEquals(policy.contains("{nonce}"), csp.usesNonce());
    }

    @Test
    void aPolicyWithoutPlaceholderPutsNoNonceOnTheRequest() {
        Settings settings = Sites.base().set(SecurityMiddleware.CONTENT_SECURITY_POLICY, "default-src 'self'")
                .build();
        Object[] seen = {"unset"};
        var response = site(settings, request -> {
            seen[0] = CspNonce.of(request);
            return Response.html("ok");
        }, null).handle(Exchanges.get("/"));

        assertNull(seen[0]);
        assertEquals("default-src 'self'", response.headers().first("Content-Security-Policy"));
    }

    static Stream<Arguments> withoutPolicy() {
        return Stream.of(
                Arguments.of("no SecurityMiddleware", null),
                Arguments.of("CSP turned off", Sites.base().set(SecurityMiddleware.CONTENT_SECURITY_POLICY, "")
                        .build()));
    }

    @ParameterizedTest(name = "{0}: the template variable is empty")
    @MethodSource("withoutPolicy")
    void withoutANoncePolicyTheVariableIsEmpty(String why, Settings settings) throws IOException {
        Templates pages = templates("page.html", "<script nonce=\"{{ csp_nonce }}\">");
        WebApp.Builder builder = WebApp.builder().settings(Sites.settings()).routes(Routes.<View>path("",
                request -> request.render("page.html", Map.of()))).templates(pages);
        if (settings != null) {
            builder.settings(settings).middleware(new SecurityMiddleware(settings));
        }

        var response = builder.build().handle(Exchanges.get("/"));

        assertEquals("<script nonce=\"\">", Exchanges.text(response));
        assertNull(response.headers().first("Content-Security-Policy"));
    }

    @Test
    void aPathExemptFromTheHttpsRedirectStillGetsANonce() throws IOException {
        Templates pages = templates("page.html", "<script nonce=\"{{ csp_nonce }}\">go()</script>");
        Settings settings = Sites.base().set(SecurityMiddleware.SECURE_SSL_REDIRECT, "true")
                .set(SecurityMiddleware.SECURE_REDIRECT_EXEMPT, "^$").build();

        var response = site(settings, request -> request.render("page.html", Map.of()), pages)
                .handle(Exchanges.get("/"));

        Matcher page = PAGE_NONCE.matcher(Exchanges.text(response));
        assertTrue(page.find(), Exchanges.text(response));
        assertEquals(headerNonce(response), page.group(1));
    }

    @Test
    void theContextProcessorIgnoresWhatIsNotARequest() {
        assertEquals(Map.of("csp_nonce", ""), CspNonce.contextProcessor().contribute("not a request"));
    }

    @Test
    void theNonceIsMadeOnceAndPrintsAsItself() {
        CspNonce nonce = new CspNonce();

        assertFalse(nonce.used());
        String value = nonce.toString();
        assertTrue(nonce.used());
        assertEquals(value, nonce.value());
    }

    @Test
    void theJourneyRecordsWhetherTheNonceWasUsed() {
        Settings settings = Sites.base().build();
        Middleware asking = (request, next) -> {
            CspNonce.of(request).value();
            return next.proceed(request);
        };
        WebApp app = WebApp.builder().settings(settings).routes(Routes.<View>path("", r -> Response.html("ok")))
                .middleware(new SecurityMiddleware(settings)).middleware("asking", asking).build();

        var journey = Sites.journeyOf(app, Exchanges.get("/"));

        assertEquals(true, Sites.facts(journey, "policy").get("nonce"));
        assertEquals("Content-Security-Policy", Sites.facts(journey, "policy").get("header"));
    }

    @Test
    void ofFindsNothingOnARequestWithoutNonce() {
        Request[] seen = new Request[1];
        WebApp.builder().settings(Sites.settings()).routes(Routes.<View>path("", r -> {
            seen[0] = r;
            return Response.html("ok");
        })).build().handle(Exchanges.get("/"));

        assertNull(CspNonce.of(seen[0]));
    }
}
