/**
 * The gateway: the whole contract between an HTTP server and an application, Cairn's WSGI.
 *
 * <p>
 * Seven types. A server turns each request into a {@link dev.cairn.gateway.Request} and calls
 * {@link dev.cairn.gateway.Application#handle}; the application answers with a {@link dev.cairn.gateway.Response}.
 * Everything is blocking and meant for virtual threads. The gateway speaks in cairn-http's values
 * ({@link dev.cairn.http.Headers}), which need nothing but {@code java.base}, so an application still needs
 * no server and no framework.
 */
module dev.cairn.gateway {
    requires transitive dev.cairn.http;

    exports dev.cairn.gateway;
}
