package dev.cairn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.LlhttpReplay.Case;
import dev.cairn.http.LlhttpReplay.Result;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * llhttp's request cases (see {@code src/test/resources/llhttp/README.md}): each server-applicable case must end
 * as llhttp's strict mode says, or as listed in {@link #DEVIATIONS} with the reason Cairn differs.
 *
 * <p>
 * Accepted cases must give llhttp's methods, targets and de-chunked bodies, message by message; rejected ones
 * must raise an {@link HttpException}. An {@code upgrade} case is a CONNECT, which Cairn answers 501, or a request
 * with an Upgrade header, whose head Cairn parses like any other (the server decides about the upgrade).
 */
class LlhttpConformanceTest {
    /** How Cairn deliberately differs from llhttp's strict mode: a status when Cairn rejects, 0 when it accepts. */
    record Deviation(int status, String reason) {}

    static final Map<String, Deviation> DEVIATIONS = Map.ofEntries(
            Map.entry("request/method.md:138", new Deviation(400,
                    "asterisk-form is for OPTIONS only (RFC 9112 §3.2.4); llhttp allows M-SEARCH * for SSDP")),
            Map.entry("request/method.md:375", new Deviation(400, "ICE/1.0 is not an HTTP version")),
            Map.entry("request/method.md:405", new Deviation(400, "RTSP/1.0 is not an HTTP version")),
            Map.entry("request/method.md:433", new Deviation(400, "RTSP/1.0 is not an HTTP version")),
            Map.entry("request/method.md:461", new Deviation(400,
                    "PRI * is the HTTP/2 preface (upgrade-h2); Cairn speaks HTTP/1.x and * is for OPTIONS only")),
            Map.entry("request/sample.md:317", new Deviation(400,
                    "a request line without a version (HTTP/0.9) is malformed in HTTP/1.1 (RFC 9112 §3)")),
            Map.entry("request/transfer-encoding.md:754", new Deviation(501,
                    "Cairn decodes no transfer coding but chunked: deflate is answered 501 (RFC 9112 §6.1)")),
            Map.entry("request/transfer-encoding.md:796", new Deviation(501,
                    "Cairn decodes no transfer coding but chunked: deflate is answered 501 (RFC 9112 §6.1)")),
            Map.entry("request/uri.md:225", new Deviation(400,
                    "userinfo in an http(s) target is treated as an error (RFC 9110 §4.2.4)")),
            Map.entry("request/invalid.md:69", new Deviation(0,
                    "a method is any token (RFC 9110 §9.1), ANNOUNCE included; the application answers 405 or 501")),
            Map.entry("request/invalid.md:359", new Deviation(0,
                    "a method is any token (RFC 9110 §9.1), MKCOLA included; the application answers 405 or 501")));

    static List<Case> serverCases() throws IOException {
        return LlhttpReplay.load().stream().filter(Case::serverApplicable).toList();
    }

    @ParameterizedTest
    @MethodSource("serverCases")
    void caseEndsAsLlhttpStrictModeOrAsAListedDeviation(Case c) {
        check(c, LlhttpReplay.replay(c, c.strictOutcome().equals("upgrade"), Integer.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("serverCases")
    void caseFedByteByByteEndsTheSameAsFedWhole(Case c) {
        boolean upgrade = c.strictOutcome().equals("upgrade");
        Result whole = LlhttpReplay.replay(c, upgrade, Integer.MAX_VALUE);
        Result bytewise = LlhttpReplay.replay(c, upgrade, 1);
        assertEquals(describe(whole), describe(bytewise));
    }

    @Test
    void tableHoldsTheServerApplicableCasesTheReadmeCounts() throws IOException {
        List<Case> all = LlhttpReplay.load();
        assertEquals(166, all.size());
        assertEquals(165, serverCases().size());
    }

    @Test
    void everyListedDeviationIsAServerApplicableCase() throws IOException {
        Set<String> ids = serverCases().stream().map(Case::id).collect(Collectors.toSet());
        for (String id : DEVIATIONS.keySet()) {
            assertTrue(ids.contains(id), id);
        }
    }

    private static void check(Case c, Result r) {
        Deviation deviation = DEVIATIONS.get(c.id());
        if (deviation != null) {
            if (deviation.status() == 0) {
                assertNull(r.error(), () -> "rejected, but " + deviation.reason() + ": " + describe(r));
                assertEquals(1, r.methods().size(), describe(r));
            } else {
                assertNotNull(r.error(), () -> "accepted, but " + deviation.reason() + ": " + describe(r));
                assertEquals(deviation.status(), r.error().status(), describe(r));
            }
            return;
        }
        switch (c.strictOutcome()) {
            case "reject" -> assertNotNull(r.error(), () -> "accepted what llhttp rejects: " + describe(r));
            case "upgrade" -> checkUpgrade(c, r);
            default -> checkAccepted(c, r);
        }
    }

    private static void checkUpgrade(Case c, Result r) {
        if (c.methods().getFirst().equals("CONNECT")) {
            assertNotNull(r.error(), () -> "CONNECT must be answered 501: " + describe(r));
            assertEquals(501, r.error().status());
            return;
        }
        assertNull(r.error(), () -> describe(r));
        assertEquals(c.methods(), r.methods());
        assertEquals(c.urls(), r.urls());
    }

    private static void checkAccepted(Case c, Result r) {
        assertNull(r.error(), () -> "rejected what llhttp accepts: " + describe(r));
        assertEquals(c.methods(), r.methods());
        assertEquals(c.urls(), r.urls());
        assertEquals(c.bodies(), r.bodies());
    }

    private static String describe(Result r) {
        String error = r.error() == null ? "no error" : r.error().status() + " " + r.error().getMessage();
        return error + ", messages " + r.methods() + " " + r.urls() + " " + r.bodies();
    }
}
