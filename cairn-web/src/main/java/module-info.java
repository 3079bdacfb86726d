/**
 * The framework: what a Django developer lives in. It depends only on the gateway (never on a server), so any
 * server that speaks the gateway can run it.
 *
 * <p>
 * {@code dev.cairn.web} holds the request, the response, views, middleware and the site that runs them;
 * {@code dev.cairn.web.routing} resolves a path to a view and its arguments, and reverses names to paths;
 * {@code dev.cairn.web.forms} binds, validates and redisplays user input;
 * {@code dev.cairn.web.templates} renders Pebble templates found in the project's and the apps' folders;
 * {@code dev.cairn.web.checks} runs the system checks that refuse a misconfigured site, with stable ids;
 * {@code dev.cairn.web.errors} makes the error pages, plain in production and telling in debug;
 * {@code dev.cairn.web.sessions} keeps each visitor's session in a store (in the cookie itself, signed, here; in a
 * database or Redis in contrib) behind {@code request.session()};
 * {@code dev.cairn.web.auth} says who makes a request ({@code request.user()}) and guards views by login and
 * permission, leaving users and passwords to contrib;
 * {@code dev.cairn.web.mail} sends email through SMTP, to the console, or to an outbox for tests;
 * {@code dev.cairn.web.signing} signs values handed to clients, strings or JSON, timestamped, with key rotation;
 * {@code dev.cairn.web.csrf} refuses cross-site request forgery; {@code dev.cairn.web.messages} carries one-time
 * messages to the next page;
 * {@code dev.cairn.web.staticfiles} finds static files without letting a path escape its roots, and collects them
 * under content-hashed names with a manifest.
 */
module dev.cairn.web {
    requires transitive dev.cairn.gateway;
    requires transitive dev.cairn.journey;
    requires io.pebbletemplates;
    requires com.fasterxml.jackson.databind;

    exports dev.cairn.web;
    exports dev.cairn.web.auth;
    exports dev.cairn.web.checks;
    exports dev.cairn.web.csrf;
    exports dev.cairn.web.errors;
    exports dev.cairn.web.middleware;
    exports dev.cairn.web.routing;
    exports dev.cairn.web.sessions;
    exports dev.cairn.web.settings;
    exports dev.cairn.web.signing;
    exports dev.cairn.web.forms;
    exports dev.cairn.web.messages;
    exports dev.cairn.web.mail;
    exports dev.cairn.web.staticfiles;
    exports dev.cairn.web.templates;
    exports dev.cairn.web.views;
}
