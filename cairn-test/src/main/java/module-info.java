/**
 * Test tooling for Cairn sites, Django's {@code django.test} in Java.
 *
 * <p>
 * {@link dev.cairn.test.Client} sends requests to any gateway application in process, with no socket: a cookie jar,
 * redirects, uploads, and responses that remember the templates and context they were rendered from, with
 * assertions that say what was there instead. {@link dev.cairn.test.LiveServer} runs an application on Cairn's real
 * server on a free port for the length of a JUnit 5 test class. {@link dev.cairn.test.RolledBackDatabase} gives a
 * test class a throwaway database, each test in a transaction rolled back at its end, with fixtures and
 * {@code assertNumQueries}.
 *
 * <p>
 * JUnit's API is required transitively because the assertions and the extension are this module's API; Jackson's
 * because responses are read as {@code JsonNode}s.
 */
module dev.cairn.test {
    requires transitive dev.cairn.web;
    requires dev.cairn.server;
    requires transitive dev.cairn.db;
    requires transitive org.junit.jupiter.api;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.cairn.test;
}
