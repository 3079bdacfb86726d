/**
 * System checks: findings about a site's configuration, each with a stable id and a hint, run when the site is
 * built (errors stop it) and on demand. {@link dev.cairn.web.checks.SystemChecks} lists the built-in ones.
 */
package dev.cairn.web.checks;
