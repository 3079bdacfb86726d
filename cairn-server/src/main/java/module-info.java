/** The HTTP/1.1 server. */
module dev.cairn.server {
    requires transitive dev.cairn.gateway;
    requires dev.cairn.journey;

    exports dev.cairn.server;
}
