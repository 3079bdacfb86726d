/**
 * Sessions: {@link dev.cairn.web.sessions.SessionMiddleware} gives each request a
 * {@link dev.cairn.web.sessions.Session}, loaded lazily from a {@link dev.cairn.web.sessions.SessionStore} under the
 * key its cookie holds and saved only when changed; {@link dev.cairn.web.sessions.SignedCookieSessionStore} keeps the
 * data in the cookie itself, signed. Stores that need a database or Redis are in cairn-contrib.
 */
package dev.cairn.web.sessions;
