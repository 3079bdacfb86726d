/**
 * The framework: what a Django developer lives in. It depends only on the gateway (never on a server), so any
 * server that speaks the gateway can run it.
 *
 * <p>
 * {@code dev.cairn.web.routing} resolves a path to a view and its arguments, and reverses names to paths;
 * {@code dev.cairn.web.forms} binds, validates and redisplays user input.
 */
module dev.cairn.web {
    requires transitive dev.cairn.gateway;
    requires transitive dev.cairn.journey;

    exports dev.cairn.web.routing;
    exports dev.cairn.web.forms;
}
