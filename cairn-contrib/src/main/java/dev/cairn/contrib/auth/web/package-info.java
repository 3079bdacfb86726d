/**
 * Users on the web: {@link dev.cairn.contrib.auth.web.AuthenticationMiddleware} puts the logged-in user (or the
 * anonymous one) behind {@code request.user()}; {@link dev.cairn.contrib.auth.web.Login} logs a user in and out of the
 * session, and ends a session whose user changed their password; {@link dev.cairn.contrib.auth.web.PasswordResetTokens}
 * makes and checks the single-use, expiring tokens of password reset links.
 */
package dev.cairn.contrib.auth.web;
