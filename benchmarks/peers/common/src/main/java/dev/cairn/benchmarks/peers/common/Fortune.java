package dev.cairn.benchmarks.peers.common;

/**
 * A row of TechEmpower's {@code fortune} table.
 *
 * @param id      its key (0 for the one added at request time)
 * @param message its text, escaped when shown
 */
public record Fortune(int id, String message) {}
