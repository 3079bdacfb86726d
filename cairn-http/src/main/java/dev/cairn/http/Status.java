package dev.cairn.http;

/**
 * The reason phrases of HTTP status codes: those defined by RFC 9110 §15, and the other codes in IANA's HTTP
 * Status Code Registry that servers send (RFC 6585's 428, 429, 431 and 511, RFC 8297's 103, WebDAV's 207, ...).
 *
 * <p>
 * A reason phrase is only a courtesy to a human reading the wire: RFC 9112 §4 tells clients to ignore it. So an
 * unregistered code in 100–599 gets its class's name (RFC 9110 §15: {@code 499} is "Client Error"), and anything
 * outside that range gets "Unknown"; {@link #reason(int)} never returns null.
 */
public final class Status {
    private static final String[] REASONS = new String[600];

    static {
        define(100, "Continue", 101, "Switching Protocols", 102, "Processing", 103, "Early Hints");
        define(200, "OK", 201, "Created", 202, "Accepted", 203, "Non-Authoritative Information", 204, "No Content",
                205, "Reset Content", 206, "Partial Content", 207, "Multi-Status", 208, "Already Reported", 226,
                "IM Used");
        define(300, "Multiple Choices", 301, "Moved Permanently", 302, "Found", 303, "See Other", 304,
                "Not Modified", 305, "Use Proxy", 307, "Temporary Redirect", 308, "Permanent Redirect");
        define(400, "Bad Request", 401, "Unauthorized", 402, "Payment Required", 403, "Forbidden", 404, "Not Found",
                405, "Method Not Allowed", 406, "Not Acceptable", 407, "Proxy Authentication Required", 408,
                "Request Timeout", 409, "Conflict", 410, "Gone", 411, "Length Required", 412, "Precondition Failed",
                413, "Content Too Large", 414, "URI Too Long", 415, "Unsupported Media Type", 416,
                "Range Not Satisfiable", 417, "Expectation Failed", 421, "Misdirected Request", 422,
                "Unprocessable Content", 423, "Locked", 424, "Failed Dependency", 425, "Too Early", 426,
                "Upgrade Required", 428, "Precondition Required", 429, "Too Many Requests", 431,
                "Request Header Fields Too Large", 451, "Unavailable For Legal Reasons");
        define(500, "Internal Server Error", 501, "Not Implemented", 502, "Bad Gateway", 503, "Service Unavailable",
                504, "Gateway Timeout", 505, "HTTP Version Not Supported", 506, "Variant Also Negotiates", 507,
                "Insufficient Storage", 508, "Loop Detected", 510, "Not Extended", 511,
                "Network Authentication Required");
    }

    private Status() {}

    /**
     * The reason phrase for a status code: {@code reason(404)} is "Not Found", {@code reason(499)} is "Client
     * Error", {@code reason(42)} is "Unknown".
     */
    public static String reason(int code) {
        if (code < 100 || code >= REASONS.length) {
            return "Unknown";
        }
        String reason = REASONS[code];
        if (reason != null) {
            return reason;
        }
        return switch (code / 100) {
            case 1 -> "Informational";
            case 2 -> "Successful";
            case 3 -> "Redirection";
            case 4 -> "Client Error";
            default -> "Server Error";
        };
    }

    /** Whether the code is one with a registered reason phrase, rather than a class name or "Unknown". */
    public static boolean isRegistered(int code) {
        return code >= 100 && code < REASONS.length && REASONS[code] != null;
    }

    private static void define(Object... codesAndReasons) {
        for (int i = 0; i < codesAndReasons.length; i += 2) {
            REASONS[(Integer) codesAndReasons[i]] = (String) codesAndReasons[i + 1];
        }
    }
}
