package dev.cairn.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadTextTest {

    @Test
    void secretValuesAreRedactedAndEverythingElseKept() {
        String head = "GET http://h:80/a HTTP/1.1\r\nHost: h\r\nauthorization: Basic eA==\r\nCookie: a=b; c=d\r\n"
                + "Proxy-Authorization: x\r\nX-Auth: kept\r\n\r\n";
        assertEquals("GET http://h:80/a HTTP/1.1\r\nHost: h\r\nauthorization: [redacted]\r\nCookie: [redacted]\r\n"
                + "Proxy-Authorization: [redacted]\r\nX-Auth: kept\r\n\r\n", HeadText.redacted(head));
    }

    @Test
    void setCookieInAResponseHeadIsRedacted() {
        assertEquals("HTTP/1.1 200 OK\r\nSet-Cookie: [redacted]\r\n\r\n",
                HeadText.redacted("HTTP/1.1 200 OK\r\nSet-Cookie: s=1; HttpOnly\r\n\r\n"));
    }
}
