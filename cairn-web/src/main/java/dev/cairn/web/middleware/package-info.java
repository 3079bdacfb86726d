/**
 * The built-in middleware: security headers and the HTTPS redirect, the host check, slash redirects and
 * conditional GET, gzip, CORS and timing.
 *
 * <p>
 * Each class is named for what it does, is configured once from {@link dev.cairn.web.settings.Settings} under
 * Django's setting names, and records its decision in the request's journey on layer {@code middleware}.
 * {@link dev.cairn.web.middleware.Middlewares#defaults} is the stack a new project starts with.
 */
package dev.cairn.web.middleware;
