/**
 * Test tooling: {@link dev.cairn.test.Client}, the in-process test client, with its {@link dev.cairn.test.TestRequest},
 * {@link dev.cairn.test.TestResponse} and {@link dev.cairn.test.Multipart}; and {@link dev.cairn.test.LiveServer}, the
 * real server on a free port for a JUnit 5 test class.
 */
package dev.cairn.test;
