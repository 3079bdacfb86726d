/**
 * An example site made with the framework and the ORM: pages with template inheritance, a guestbook kept in the
 * database with a form made from its model, validated and redirected after POST, static files, an htmx partial
 * update and a custom 404; its Main runs the {@code cairn} commands as Django's manage.py does.
 */
module dev.cairn.examples.site {
    requires dev.cairn.server;
    requires dev.cairn.web;
    requires dev.cairn.contrib;
    requires dev.cairn.cli;

    // Pebble and Jackson read the records and models handed to templates and written as JSON by reflection, and
    // the ORM makes and fills the models. Templates and static files live under site-templates/ and site-static/,
    // names that are no Java package, so the framework can read them.
    opens dev.cairn.examples.site to io.pebbletemplates, com.fasterxml.jackson.databind, dev.cairn.db;
}
