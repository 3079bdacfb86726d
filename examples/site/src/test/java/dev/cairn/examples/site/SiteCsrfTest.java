package dev.cairn.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.test.Client;
import dev.cairn.test.RolledBackDatabase;
import dev.cairn.test.TestResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The guestbook with the CSRF check enforced, as a browser meets it: the form carries its token, the pages wire
 * htmx to send it, and a post without it is refused.
 */
class SiteCsrfTest {

    @RegisterExtension
    static final RolledBackDatabase DB = RolledBackDatabase.of(Entry.class);

    private static final Pattern INPUT = Pattern.compile(
            "<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"([a-zA-Z0-9]{64})\">");
    private static final Pattern HTMX = Pattern
            .compile("<body hx-headers='\\{\"X-CSRFToken\": \"([a-zA-Z0-9]{64})\"\\}'>");

    private Client client;

    @BeforeEach
    void site() {
        client = Client.of(Site.build(SiteTest.DEVELOPMENT)).enforceCsrfChecks(true);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), html);
        return matcher.group(1);
    }

    @Test
    void theFormCarriesItsTokenAndIsTakenWithIt() {
        TestResponse page = client.get("/guestbook/");
        String token = find(INPUT, page.text());
        assertNotNull(client.cookie("csrftoken"), "the page set the CSRF cookie");

        client.post("/guestbook/", Map.of("name", "Linus", "message", "Posted with my token",
                "csrfmiddlewaretoken", token)).assertStatus(303);
        assertEquals(1, Entry.objects.filter("message", "Posted with my token").count());
    }

    @Test
    void aPostWithoutTheTokenIsRefusedAndKeepsNothing() {
        client.get("/guestbook/");

        client.post("/guestbook/", Map.of("name", "Mallory", "message", "Forged from elsewhere")).assertStatus(403);
        assertEquals(0, Entry.objects.filter("name", "Mallory").count());
    }

    @Test
    void everyPageWiresHtmxToSendTheToken() {
        String token = find(HTMX, client.get("/").text());

        TestResponse posted = client.request("POST", "/guestbook/").header("X-CSRFToken", token)
                .header("HX-Request", "true").form(Map.of("name", "Hx", "message", "Sent the way htmx sends it"))
                .send();

        assertTrue(posted.status() < 400, () -> posted.status() + " " + posted.text());
        assertEquals(1, Entry.objects.filter("name", "Hx").count());
    }
}
