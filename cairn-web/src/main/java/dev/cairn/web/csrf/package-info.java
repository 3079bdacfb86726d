/**
 * Protection against cross-site request forgery, as Django's: {@link dev.cairn.web.csrf.CsrfMiddleware} (on by
 * default) checks every unsafe request's Origin or Referer and its token; {@link dev.cairn.web.csrf.Csrf} gives
 * templates the token and views exemption and rotation; the secret lives in a cookie or the session behind
 * {@link dev.cairn.web.csrf.CsrfSecretStore}.
 */
package dev.cairn.web.csrf;
