/**
 * The template engine: Pebble (Django-like syntax) behind a small Cairn API, with Django's loader order,
 * autoescaping and debug reloading.
 *
 * <p>
 * {@link dev.cairn.web.templates.Templates} looks a name up in template folders and classpath prefixes in the
 * order they were registered, the project's first, and renders a whole template or one block of it (for htmx
 * partial responses). Templates may call {@code url(name, args...)}, {@code static(path)} and
 * {@code csrf_token()}, served by the {@link dev.cairn.web.templates.UrlReverser} and
 * {@link dev.cairn.web.templates.StaticUrls} the framework registers. Every failure, at parse or at render time,
 * is a {@link dev.cairn.web.templates.TemplateError} naming the template and the line.
 *
 * <p>
 * Mistakes in the configuration stop {@link dev.cairn.web.templates.Templates.Builder#build()} with a stable check
 * id: {@code templates.E001} no template source; {@code templates.E002} a template folder that is not a directory.
 */
package dev.cairn.web.templates;
