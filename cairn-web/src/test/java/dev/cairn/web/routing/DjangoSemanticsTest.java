package dev.cairn.web.routing;

import static dev.cairn.web.routing.Routes.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.http.HttpException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases where a resolver could plausibly differ from Django, each with the answer Django gives: strict trailing
 * slashes, case, {@code +} in paths, encoded and unencoded text, and converters that fall through to later routes.
 */
class DjangoSemanticsTest {
    private static final Resolver<String> SITE = Resolver.<String>builder().routes(List.of(
            path("users/", "users"),
            path("users/<int:pk>/", "user-int"),
            path("users/<str:pk>/", "user-str"),
            path("Caps/", "caps"),
            path("a+b/", "plus"),
            path("ünï/", "unicode"),
            path("copy/<path:src>/to/<path:dst>/", "copy"),
            path("ids/<uuid:id>/", "uuid"),
            path("ids/<str:id>/", "id-str"),
            path("x/<slug:s>/", "slug"),
            path("x/<path:p>/", "x-path")))
            .build();

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of("/users/", "users {}"),
                Arguments.of("/users", "404"),
                Arguments.of("/users//", "404"),
                Arguments.of("/USERS/", "404"),
                Arguments.of("/Caps/", "caps {}"),
                Arguments.of("/caps/", "404"),
                Arguments.of("/users/12/", "user-int {pk=12}"),
                Arguments.of("/users/0012/", "user-int {pk=12}"),
                Arguments.of("/users/99999999999999999999/", "user-str {pk=99999999999999999999}"),
                Arguments.of("/users/-3/", "user-str {pk=-3}"),
                Arguments.of("/users/%31%32/", "user-int {pk=12}"),
                Arguments.of("/users/a+b/", "user-str {pk=a+b}"),
                Arguments.of("/a+b/", "plus {}"),
                Arguments.of("/a%2Bb/", "plus {}"),
                Arguments.of("/a b/", "404"),
                Arguments.of("/%C3%BCn%C3%AF/", "unicode {}"),
                Arguments.of("/ünï/", "unicode {}"),
                Arguments.of("/copy/a/b/to/c/", "copy {src=a/b, dst=c}"),
                Arguments.of("/copy/a/to/b/to/c/", "copy {src=a/to/b, dst=c}"),
                Arguments.of("/copy/to/to/to/", "copy {src=to, dst=to}"),
                Arguments.of("/copy/a/to/", "404"),
                Arguments.of("/ids/00000000-0000-0000-0000-00000000000a/",
                        "uuid {id=00000000-0000-0000-0000-00000000000a}"),
                Arguments.of("/ids/00000000-0000-0000-0000-00000000000A/",
                        "id-str {id=00000000-0000-0000-0000-00000000000A}"),
                Arguments.of("/x/a-b/", "slug {s=a-b}"),
                Arguments.of("/x/a.b/", "x-path {p=a.b}"),
                Arguments.of("/x/a/b/", "x-path {p=a/b}"),
                Arguments.of("/x/a%2Fb/", "x-path {p=a/b}"));
    }

    @ParameterizedTest
    @MethodSource
    void outcomes(String path, String expected) throws HttpException {
        String actual = switch (SITE.resolve("GET", path)) {
            case Resolution.Match<String> m -> m.view() + " " + m.kwargs();
            case Resolution.NotFound<String> n -> "404";
            case Resolution.MethodNotAllowed<String> n -> "405 " + n.allowed();
        };
        assertEquals(expected, actual);
    }
}
