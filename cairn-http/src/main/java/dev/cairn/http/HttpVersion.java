package dev.cairn.http;

/** The HTTP versions a Cairn server speaks (RFC 9112 §2.3); anything else is answered 505. */
public enum HttpVersion {
    /** HTTP/1.0: connections close after each response unless the client asks for keep-alive. */
    HTTP_1_0("HTTP/1.0"),
    /** HTTP/1.1: connections persist unless either side says {@code Connection: close}. */
    HTTP_1_1("HTTP/1.1");

    private final String text;

    HttpVersion(String text) {
        this.text = text;
    }

    /** The version as it appears on the wire: {@code HTTP/1.1}. */
    public String text() {
        return text;
    }
}
