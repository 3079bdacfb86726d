package dev.cairn.examples.site;

import java.time.Instant;

/**
 * One guestbook entry.
 *
 * @param id      its number, from 1
 * @param name    who wrote it
 * @param message what they wrote
 * @param written when
 */
public record Entry(int id, String name, String message, Instant written) {}
