/**
 * Static files: finding them across roots, describing them for a server, and collecting them for deployment.
 *
 * <p>
 * A {@link dev.cairn.web.staticfiles.StaticFinder} asks its {@link dev.cairn.web.staticfiles.StaticSource}s in
 * order (project folders first, then each app's) and the first that has a name wins, as Django's finders do. What it
 * returns is a {@link dev.cairn.web.staticfiles.StaticFile}: size, modification time, a strong ETag, a content type and
 * any precompressed {@code .br}/{@code .gz} siblings, from which {@link dev.cairn.web.staticfiles.Negotiation} picks by
 * {@code Accept-Encoding}. {@link dev.cairn.web.staticfiles.CollectStatic} copies every root into one folder with
 * content-hashed names and a {@code staticfiles.json} {@link dev.cairn.web.staticfiles.Manifest}, and
 * {@link dev.cairn.web.staticfiles.StaticUrls} turns a logical name into the URL to put in a page.
 *
 * <p>
 * {@link dev.cairn.web.staticfiles.StaticFilesView} serves the files in development (routed by
 * {@link dev.cairn.web.staticfiles.StaticRoutes}); conditional GET and ranges are the framework's file responses'.
 * {@link dev.cairn.web.staticfiles.WebJars} adds front-end libraries packed as jars as a source.
 */
package dev.cairn.web.staticfiles;
