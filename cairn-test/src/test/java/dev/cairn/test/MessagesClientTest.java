package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cairn.web.Response;
import dev.cairn.web.Urls;
import dev.cairn.web.WebApp;
import dev.cairn.web.messages.Messages;
import dev.cairn.web.middleware.Middlewares;
import dev.cairn.web.templates.Templates;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages through the default middleware and the client's cookie jar: kept across a redirect, shown once. */
class MessagesClientTest {

    private static WebApp app() {
        return WebApp.builder()
                .settings(Site.SETTINGS)
                .middleware(Middlewares.defaults(Site.SETTINGS))
                .templates(Templates.builder().classpath("client-templates", MessagesClientTest.class
                        .getClassLoader()))
                .routes(Urls.path("sign/", r -> {
                    Messages.success(r, "Thank you for signing, " + r.form("name") + ".");
                    return Response.seeOther("/messages/");
                }, "sign"), Urls.path("messages/", r -> r.render("messages.html", Map.of()), "messages"))
                .build();
    }

    @Test
    void aMessageFollowsTheRedirectAndIsShownOnce() {
        Client client = Client.of(app()).followRedirects(true);

        TestResponse page = client.post("/sign/", Map.of("name", "<Ada>"));

        assertEquals("<p class=\"success\">Thank you for signing, &lt;Ada&gt;.</p>", page.text().strip());
        page.assertTemplateUsed("messages.html");
        assertNull(client.cookie("messages"), "the shown message's cookie was deleted");
        assertEquals("", client.get("/messages/").text().strip());
    }
}
