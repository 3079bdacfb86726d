package dev.cairn.benchmarks.peers.common;

/**
 * A row of TechEmpower's {@code world} table, as the tests send it: {@code {"id":..,"randomNumber":..}}.
 *
 * @param id           1 to 10,000
 * @param randomNumber 1 to 10,000
 */
public record World(int id, int randomNumber) {}
