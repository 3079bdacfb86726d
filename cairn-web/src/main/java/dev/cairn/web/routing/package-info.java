/**
 * The URL resolver: path patterns with converters, includes and namespaces, resolving and reversing, Django's
 * {@code urls} over any view type.
 *
 * <p>
 * A table is a list of {@link dev.cairn.web.routing.Route}s made with {@link dev.cairn.web.routing.Routes}; a
 * {@link dev.cairn.web.routing.Resolver} checks it once, at build time, and then:
 * <ul>
 * <li>resolves a raw path and a method to a {@link dev.cairn.web.routing.Resolution}: the first route in
 * declaration order that matches and accepts the method, a 404 with every pattern tried, or a 405 with the methods
 * that would have been accepted;</li>
 * <li>reverses a namespaced name and values to a percent-encoded path.</li>
 * </ul>
 *
 * <p>
 * Paths are split on {@code /} before percent-decoding, so {@code %2F} never makes a new segment; an invalid
 * escape is a 400, not a 404. Mistakes in a table stop the build with a
 * {@link dev.cairn.web.routing.RoutingException} whose message starts with a stable check id:
 * <ul>
 * <li>{@code routing.E001} unknown converter; {@code routing.E002} unclosed {@code <};
 * {@code routing.E003} malformed parameter (empty or bad name, stray {@code >});</li>
 * <li>{@code routing.E004} a parameter named twice; {@code routing.E005} a leading {@code /};
 * {@code routing.E006} a route name used twice in one namespace;</li>
 * <li>{@code routing.E007} a route that an earlier one shadows; {@code routing.E008} text and a parameter in one
 * segment; {@code routing.E009} a name or namespace that is empty or holds {@code :};
 * {@code routing.E010} a converter name that is not an identifier.</li>
 * </ul>
 */
package dev.cairn.web.routing;
