/**
 * Views written as classes, Django's generic views: {@link dev.cairn.web.views.ClassView} dispatches each HTTP
 * method to its own method and answers the others 405, {@link dev.cairn.web.views.TemplateView} renders a
 * template (or, for htmx, one block of it), {@link dev.cairn.web.views.RedirectView} redirects to a URL or a named
 * route.
 */
package dev.cairn.web.views;
