package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client skips the site's CSRF check as Django's does, unless told to enforce it; then a test posts the token a
 * page gave it, and nothing a request carries turns the check off.
 */
class CsrfClientTest {

    @Test
    void byDefaultAFormIsPostedWithoutItsToken() {
        Client.of(CsrfSite.app()).post("/form/", Map.of("title", "Trip")).assertRedirects("/form/?saved=Trip", 303);
    }

    @Test
    void byDefaultAJsonPutNeedsNoHeader() {
        Client.of(CsrfSite.app()).putJson("/items/", Map.of("name", "stone")).assertContains("put stone");
    }

    @Test
    void enforcedAFormWithoutItsTokenIsRefused() {
        Client client = Client.of(CsrfSite.app()).enforceCsrfChecks(true);

        client.post("/form/", Map.of("title", "Trip")).assertStatus(403);
    }

    @Test
    void enforcedAFormPostedWithThePagesTokenPasses() {
        Client client = Client.of(CsrfSite.app()).enforceCsrfChecks(true);
        String token = CsrfSite.tokenIn(client.get("/form/").text());

        assertNotNull(client.cookie("csrftoken"), "the page set the CSRF cookie in the client's jar");
        client.post("/form/", Map.of("title", "Trip", "csrfmiddlewaretoken", token))
                .assertRedirects("/form/?saved=Trip", 303);
    }

    @Test
    void enforcedTheCookiesValueWorksAsTheHeader() {
        Client client = Client.of(CsrfSite.app()).enforceCsrfChecks(true);
        client.get("/form/");

        client.request("PUT", "/items/").header("X-CSRFToken", client.cookie("csrftoken")).json(Map.of("name",
                "stone")).send().assertContains("put stone");
    }

    @Test
    void theSwitchCanBeTurnedBackOff() {
        Client client = Client.of(CsrfSite.app()).enforceCsrfChecks(true);
        client.post("/form/", Map.of("title", "Trip")).assertStatus(403);

        client.enforceCsrfChecks(false).post("/form/", Map.of("title", "Trip")).assertStatus(303);
    }

    static Stream<String[]> headersThatDoNotSwitchItOff() {
        return Stream.of(new String[]{"X-Cairn-Test-Client", "true"}, new String[]{"X-Csrf-Checks", "off"},
                new String[]{"User-Agent", "Cairn test client"}, new String[]{"Cookie", "enforce_csrf_checks=0"},
                new String[]{"X-Forwarded-For", "127.0.0.1"});
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void headersThatDoNotSwitchItOff(String name, String value) {
        Client client = Client.of(CsrfSite.app()).enforceCsrfChecks(true);

        var response = client.request("POST", "/form/").header(name, value).form(Map.of("title", "Trip")).send();

        assertEquals(403, response.status());
    }
}
