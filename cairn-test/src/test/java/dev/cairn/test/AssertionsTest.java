package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.WebApp;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The assertions pass when they should and, when they fail, say what was there instead. */
class AssertionsTest {

    private static final WebApp APP = Site.app();
    private static final String HELLO = "'hello, world'";
    /** Ends an expected message whose rest (an error page, a parser's detail) is not the assertion's. */
    private static final String MORE = "…";

    private static Arguments check(String name, Function<Client, TestResponse> request,
            UnaryOperator<TestResponse> assertion, String message) {
        return Arguments.of(name, request, assertion, message);
    }

    static Stream<Arguments> failures() {
        String x300 = "x".repeat(300);
        String x75 = "x".repeat(75);
        return Stream.of(
                check("wrong status", c -> c.get("/hello/"), r -> r.assertStatus(404),
                        "Expected status 404 from GET /hello/, got 200; body: " + HELLO),
                check("wrong status, empty body", c -> c.get("/loop/"), r -> r.assertStatus(200),
                        "Expected status 200 from GET /loop/, got 302; body: (empty)"),
                check("wrong status after redirects", c -> c.request("GET", "/gone/").follow().send(),
                        r -> r.assertStatus(200), "Expected status 200 from GET /missing/ (redirected from GET "
                                + "/gone/), got 404; body: '<!doctype html>" + MORE),
                check("text missing", c -> c.get("/hello/"), r -> r.assertContains("bye"),
                        "Couldn't find 'bye' in the response to GET /hello/; body: " + HELLO),
                check("text missing, long body", c -> c.get("/long/"), r -> r.assertContains("nope"),
                        "Couldn't find 'nope' in the response to GET /long/; body: '" + x300 + "...'"),
                check("contains needs 200", c -> c.get("/missing/"), r -> r.assertContains("x"),
                        "Couldn't retrieve content: GET /missing/ answered 404 (expected 200); body: '<!doctype"
                                + MORE),
                check("contains with status", c -> c.get("/hello/"), r -> r.assertContains("hello", 201),
                        "Couldn't retrieve content: GET /hello/ answered 200 (expected 201); body: " + HELLO),
                check("text present", c -> c.get("/hello/"), r -> r.assertNotContains("world"),
                        "Found 'world' in the response to GET /hello/ at character 7: " + HELLO),
                check("text present, long body", c -> c.get("/long/"), r -> r.assertNotContains("needle"),
                        "Found 'needle' in the response to GET /long/ at character 1000: '..." + x75 + "needle'"),
                check("not-contains needs 200", c -> c.get("/loop/"), r -> r.assertNotContains("x"),
                        "Couldn't retrieve content: GET /loop/ answered 302 (expected 200); body: (empty)"),
                check("no redirect", c -> c.get("/hello/"), r -> r.assertRedirects("/x/"),
                        "Response to GET /hello/ didn't redirect as expected: status 200, expected a redirect to "
                                + "'/x/'; body: " + HELLO),
                check("redirect elsewhere", c -> c.get("/loop/"), r -> r.assertRedirects("/other/"),
                        "Response to GET /loop/ redirected to 'http://localhost/loop/', expected "
                                + "'http://localhost/other/'"),
                check("redirect status", c -> c.get("/redirect/301/"), r -> r.assertRedirects("/echo/?via=301", 302),
                        "Response to GET /redirect/301/ redirected with status 301, expected 302"),
                check("followed redirect status", c -> c.request("GET", "/redirect/307/").follow().send(),
                        r -> r.assertRedirects("/echo/?via=307", 308),
                        "Response to GET /echo/?via=307 (redirected from GET /redirect/307/) redirected with status "
                                + "307, expected 308"),
                check("followed redirect elsewhere", c -> c.request("GET", "/deep/a/b/").follow().send(),
                        r -> r.assertRedirects("/deep/a/b/"),
                        "Response to GET /deep/a/c/?from=b (redirected from GET /deep/a/b/) redirected to "
                                + "'http://localhost/deep/a/c/?from=b', expected 'http://localhost/deep/a/b/'"),
                check("redirect target fails", c -> c.request("GET", "/gone/").follow().send(),
                        r -> r.assertRedirects("/missing/"),
                        "Couldn't load the redirect target 'http://localhost/missing/': status 404, expected 200; "
                                + "body: '<!doctype" + MORE),
                check("no templates", c -> c.get("/hello/"), r -> r.assertTemplateUsed("home.html"),
                        "No templates were rendered for the response to GET /hello/ (status 200), expected "
                                + "'home.html'"),
                check("other template", c -> c.get("/"), r -> r.assertTemplateUsed("form.html"),
                        "Template 'form.html' was not used to render the response to GET /; templates used: "
                                + "[home.html]"),
                check("template used", c -> c.get("/two/"), r -> r.assertTemplateNotUsed("email.txt"),
                        "Template 'email.txt' was used to render the response to GET /two/; templates used: "
                                + "[email.txt, home.html]"),
                check("no context", c -> c.get("/hello/"), r -> {
                    r.context();
                    return r;
                }, "No template was rendered for the response to GET /hello/ (status 200), so it has no context"),
                check("not json", c -> c.get("/hello/"), r -> {
                    r.json();
                    return r;
                }, "The response to GET /hello/ is not JSON as a JsonNode (Content-Type: text/plain; charset=utf-8): "
                        + "Unrecognized token 'hello'" + MORE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailedAssertionSaysWhatWasThereInstead(String name, Function<Client, TestResponse> request,
            UnaryOperator<TestResponse> assertion, String message) {
        TestResponse response = request.apply(Client.of(APP));

        var e = assertThrows(AssertionError.class, () -> assertion.apply(response));
        if (message.endsWith(MORE)) {
            String prefix = message.substring(0, message.length() - MORE.length());
            assertTrue(e.getMessage().startsWith(prefix), () -> "expected a message starting\n" + prefix
                    + "\nbut was\n" + e.getMessage());
        } else {
            assertEquals(message, e.getMessage());
        }
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                check("status", c -> c.get("/hello/"), r -> r.assertStatus(200), null),
                check("contains", c -> c.get("/hello/"), r -> r.assertContains("world"), null),
                check("contains escaped html", c -> c.get("/?name=<b>"), r -> r.assertContains("Hello, &lt;b&gt;!"),
                        null),
                check("contains on an error page", c -> c.get("/missing/"), r -> r.assertContains("Not Found", 404),
                        null),
                check("not contains", c -> c.get("/hello/"), r -> r.assertNotContains("bye"), null),
                check("not contains raw html", c -> c.get("/?name=<b>"), r -> r.assertNotContains("<b>"), null),
                check("redirects", c -> c.get("/redirect/302/"), r -> r.assertRedirects("/echo/?via=302"), null),
                check("redirects absolute", c -> c.get("/redirect/302/"),
                        r -> r.assertRedirects("http://localhost/echo/?via=302", 302), null),
                check("redirects relative", c -> c.get("/deep/a/b/"), r -> r.assertRedirects("../c/?from=b"), null),
                check("redirects followed", c -> c.followRedirects(true).post("/form/", Map.of("title", "T")),
                        r -> r.assertRedirects("/done/?title=T", 303), null),
                check("template used", c -> c.get("/"), r -> r.assertTemplateUsed("home.html"), null),
                check("template not used", c -> c.get("/"), r -> r.assertTemplateNotUsed("form.html"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passes")
    void aPassingAssertionReturnsTheResponseForChaining(String name, Function<Client, TestResponse> request,
            UnaryOperator<TestResponse> assertion, String unused) {
        TestResponse response = request.apply(Client.of(APP));

        assertSame(response, assertion.apply(response));
    }

    @Test
    void toStringNamesTheRequestTheRedirectsAndTheStatus() {
        assertEquals("TestResponse[GET /hello/ -> 200]", Client.of(APP).get("/hello/").toString());
        assertEquals("TestResponse[GET /echo/?via=302 (redirected from GET /redirect/302/) -> 200]",
                Client.of(APP).request("GET", "/redirect/302/").follow().send().toString());
    }
}
