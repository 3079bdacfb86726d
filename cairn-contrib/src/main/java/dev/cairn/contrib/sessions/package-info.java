/**
 * Session stores that need more than the framework: {@link dev.cairn.contrib.sessions.DatabaseSessionStore} keeps
 * sessions as rows through the ORM (with the {@code clearsessions} command,
 * {@link dev.cairn.contrib.sessions.ClearSessions}), and {@link dev.cairn.contrib.sessions.RedisSessionStore} keeps
 * them in Redis, so that several nodes share them.
 */
package dev.cairn.contrib.sessions;
