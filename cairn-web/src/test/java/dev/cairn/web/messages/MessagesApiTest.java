package dev.cairn.web.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.web.Exchanges;
import dev.cairn.web.Response;
import dev.cairn.web.TestSettings;
import dev.cairn.web.Urls;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import dev.cairn.web.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The API: levels and their tags, the shortcuts, bad settings, and what happens without the middleware. */
class MessagesApiTest {

    @TempDir
    Path folder;

    static Stream<Arguments> tags() {
        return Stream.of(
                Arguments.of(new Message(Level.SUCCESS, "Saved.", null), "success", "success"),
                Arguments.of(new Message(Level.ERROR, "Failed.", "sticky"), "sticky error", "error"),
                Arguments.of(new Message(Level.INFO, "Hi.", "  a b  "), "a b info", "info"),
                Arguments.of(new Message(Level.DEBUG, "x", ""), "debug", "debug"),
                Arguments.of(new Message(Level.WARNING, "x", ""), "warning", "warning"));
    }

    @ParameterizedTest(name = "{0}: tags \"{1}\"")
    @MethodSource
    void tags(Message message, String tags, String levelTag) {
        assertEquals(tags, message.tags());
        assertEquals(levelTag, message.levelTag());
        assertEquals(message.text(), message.toString());
    }

    @Test
    void levelsHaveDjangosNumbers() {
        assertEquals("10 20 25 30 40", Stream.of(Level.values()).map(l -> Integer.toString(l.value()))
                .reduce((a, b) -> a + " " + b).orElseThrow());
        assertEquals(Level.SUCCESS, Level.ofValue(25));
        assertEquals(null, Level.ofValue(15));
    }

    static Stream<Arguments> shortcuts() {
        return Stream.<Arguments>of(
                Arguments.of((BiFunction<dev.cairn.web.Request, String, Boolean>) Messages::info, "info"),
                Arguments.of((BiFunction<dev.cairn.web.Request, String, Boolean>) Messages::success, "success"),
                Arguments.of((BiFunction<dev.cairn.web.Request, String, Boolean>) Messages::warning, "warning"),
                Arguments.of((BiFunction<dev.cairn.web.Request, String, Boolean>) Messages::error, "error"),
                Arguments.of((BiFunction<dev.cairn.web.Request, String, Boolean>) Messages::debug, ""));
    }

    @ParameterizedTest(name = "the {1} shortcut")
    @MethodSource
    void shortcuts(BiFunction<dev.cairn.web.Request, String, Boolean> shortcut, String tag) throws Exception {
        Settings settings = MessagesSite.settings();
        Files.writeString(folder.resolve("list.html"), MessagesSite.LIST);
        WebApp app = WebApp.builder().settings(settings).middleware(new MessagesMiddleware(settings))
                .templates(Templates.builder().folder(folder))
                .routes(Urls.path("", r -> {
                    boolean kept = shortcut.apply(r, "text");
                    return Response.text(kept + " " + r.render("list.html", Map.of()).text());
                }, "home"))
                .build();

        String expected = tag.isEmpty() ? "false " : "true [" + tag + ": text]";
        assertEquals(expected, Exchanges.text(app.handle(Exchanges.get("/"))));
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of(MessagesMiddleware.MESSAGE_LEVEL, "loud", "MESSAGE_LEVEL must be DEBUG, INFO, SUCCESS, "
                        + "WARNING, ERROR or a number, not 'loud'"),
                Arguments.of(MessagesMiddleware.MESSAGE_LEVEL, "2.5", "MESSAGE_LEVEL must be DEBUG, INFO, SUCCESS, "
                        + "WARNING, ERROR or a number, not '2.5'"),
                Arguments.of(MessagesMiddleware.MESSAGE_STORAGE, "redis", "MESSAGE_STORAGE must be cookie or "
                        + "session, not 'redis'"),
                Arguments.of("SESSION_COOKIE_SECURE", "maybe", "SESSION_COOKIE_SECURE must be true or false, not "
                        + "'maybe'"));
    }

    @ParameterizedTest(name = "{0}=[{1}]")
    @MethodSource
    void badSettings(String key, String value, String message) {
        Settings settings = MessagesSite.settings(key, value);

        assertEquals(message, assertThrows(SettingsException.class, () -> new MessagesMiddleware(settings))
                .getMessage());
    }

    @Test
    void withoutTheMiddlewareAddingSaysWhatIsMissingAndListingIsEmpty() throws Exception {
        Files.writeString(folder.resolve("list.html"), "[" + MessagesSite.LIST + "]");
        WebApp app = WebApp.builder().settings(TestSettings.debug()).templates(Templates.builder().folder(folder))
                .routes(Urls.path("", r -> r.render("list.html", Map.of()), "home"),
                        Urls.path("count/", r -> Response.text(Messages.of(r).size() + ""), "count"),
                        Urls.path("add/", r -> {
                            Messages.success(r, "lost");
                            return Response.text("added");
                        }, "add"))
                .build();

        assertEquals("[]", Exchanges.text(app.handle(Exchanges.get("/"))));
        assertEquals("0", Exchanges.text(app.handle(Exchanges.get("/count/"))));
        var added = app.handle(Exchanges.get("/add/"));
        assertEquals(500, added.status());
        assertTrue(Exchanges.text(added).contains("Messages.add needs MessagesMiddleware"), Exchanges.text(added));
    }

    @Test
    void printingTheRequestsMessagesNeitherLoadsNorReadsThem() {
        Settings settings = MessagesSite.settings();
        WebApp app = WebApp.builder().settings(settings).middleware(new MessagesMiddleware(settings))
                .routes(Urls.path("", r -> {
                    Messages.info(r, "kept");
                    String before = Messages.of(r).toString();
                    return Response.text(before + " " + Messages.of(r).toString());
                }, "home"))
                .build();

        var response = app.handle(Exchanges.get("/"));
        assertEquals("RequestMessages[not loaded, 1 added] RequestMessages[not loaded, 1 added]", Exchanges.text(
                response));
        assertTrue(MessagesSite.cookie(response) != null, "the unread message is kept");
    }
}
