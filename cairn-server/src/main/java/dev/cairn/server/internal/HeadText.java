package dev.cairn.server.internal;

import dev.cairn.http.Headers;

/**
 * A message head as text for the journey, with the values of secret fields ({@code Authorization},
 * {@code Proxy-Authorization}, {@code Cookie}, {@code Set-Cookie}; see {@link Headers#isSecret}) replaced, so a
 * recorded journey can be shown or logged without leaking credentials (DESIGN.md rule 5).
 */
final class HeadText {

    private HeadText() {}

    /** The head with each secret field line's value replaced by {@code [redacted]}. */
    static String redacted(String head) {
        StringBuilder sb = new StringBuilder(head.length());
        int at = 0;
        while (at < head.length()) {
            int eol = head.indexOf('\n', at);
            int end = eol < 0 ? head.length() : eol + 1;
            int content = eol < 0 ? end : eol > at && head.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            int colon = head.indexOf(':', at);
            if (colon > at && colon < content && Headers.isSecret(head.substring(at, colon).strip())) {
                // > Authorization: [redacted]\r\n
                sb.append(head, at, colon + 1).append(" [redacted]").append(head, content, end);
            } else {
                sb.append(head, at, end);
            }
            at = end;
        }
        return sb.toString();
    }
}
