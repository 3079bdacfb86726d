/**
 * Signing values handed to clients: HMAC-SHA256, salted per purpose, timestamped when they must expire, with
 * fallback keys for rotation.
 */
package dev.cairn.web.signing;
