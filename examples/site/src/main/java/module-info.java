/**
 * An example site made with the framework: pages with template inheritance, a guestbook form that validates and
 * redirects after POST, static files, an htmx partial update and a custom 404.
 */
module dev.cairn.examples.site {
    requires dev.cairn.server;
    requires dev.cairn.web;

    // Pebble and Jackson read the records handed to templates and written as JSON by reflection. Templates and static files live under
    // site-templates/ and site-static/, names that are no Java package, so the framework can read them.
    opens dev.cairn.examples.site to io.pebbletemplates, com.fasterxml.jackson.databind;
}
