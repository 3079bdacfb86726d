package dev.cairn.examples.echo;

/**
 * The body of TechEmpower's JSON test, {@code {"message":"Hello, World!"}}. The test's rules ask for a fresh object
 * serialized on each request, not a cached string, so the application makes one per request.
 *
 * @param message the greeting
 */
record Message(String message) {}
