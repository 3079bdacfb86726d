/**
 * An example gateway application with no framework: it echoes requests for HTTP Garden and answers the
 * TechEmpower plaintext and JSON tests, on Cairn's server.
 */
module dev.cairn.examples.echo {
    requires dev.cairn.server;
    requires com.fasterxml.jackson.databind;

    // Jackson reads the records it serializes by reflection; nothing here is API for other modules.
    opens dev.cairn.examples.echo to com.fasterxml.jackson.databind;
}
