/**
 * Who is making a request, as far as the framework needs to know: {@link dev.cairn.web.auth.RequestUser} (which a
 * site's user model implements; contrib's does) and {@link dev.cairn.web.auth.AnonymousUser} behind
 * {@code request.user()}; {@link dev.cairn.web.auth.Access} for views only some users may see;
 * {@link dev.cairn.web.auth.RedirectUrls} for the {@code next=} targets a site may follow; and
 * {@link dev.cairn.web.auth.UserContext}, which gives templates {@code user} and {@code perms}. Users, passwords and
 * the middleware that finds the user live in cairn-contrib.
 */
package dev.cairn.web.auth;
