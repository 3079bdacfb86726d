/**
 * The databases of a site: opened from its settings ({@link dev.cairn.contrib.db.DatabaseSettings}), checked
 * when it starts ({@link dev.cairn.contrib.db.DatabaseChecks}: {@code db.E001}, {@code db.E002}), and a transaction
 * per request when {@code ATOMIC_REQUESTS} asks ({@link dev.cairn.contrib.db.AtomicRequests}).
 */
package dev.cairn.contrib.db;
