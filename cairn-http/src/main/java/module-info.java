/**
 * Sans-IO HTTP/1.1 (RFC 9110, RFC 9112, RFC 6265): bytes in, values or a precise {@link dev.cairn.http.HttpException}
 * out. No sockets and no threads, so every rule is testable from a byte string and any server can reuse it.
 */
module dev.cairn.http {
    exports dev.cairn.http;
}
