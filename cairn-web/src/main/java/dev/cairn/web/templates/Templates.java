package dev.cairn.web.templates;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import dev.cairn.journey.Journey;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Renders named templates, looked up in template folders and classpath prefixes in registration order.
 *
 * <p>
 * The lookup follows Django's loaders: register the project's folder first, then each app's, so that
 * {@code blog/post.html} in the project overrides the one the blog app ships. The first source holding the name
 * wins, for {@code extends} and {@code include} as well as for the template rendered.
 *
 * <p>
 * Safe by default: output is HTML-escaped ({@code <}, {@code >}, {@code &}, {@code "} and {@code '}) unless a
 * template asks otherwise with {@code |raw} or {@code {% autoescape false %}}. Parsed templates are cached; in
 * debug the cache is off, so an edited file shows on the next render. An undefined variable renders as an empty
 * string (Pebble's default, as in Django), in debug too: a strict mode would break templates that test optional
 * variables with {@code {% if user %}}.
 *
 * <p>
 * Instances are immutable and safe to share between threads.
 */
public final class Templates {

    private final PebbleEngine engine;
    private final List<ContextProcessor> processors;
    /**
     * Templates by name, once parsed, when templates are not reloaded: Pebble keeps its own cache too, but looking
     * a name up there makes a key object through every loader on each render.
     */
    private final Map<String, PebbleTemplate> parsed;

    private Templates(PebbleEngine engine, List<ContextProcessor> processors, boolean reload) {
        this.parsed = reload ? null : new ConcurrentHashMap<>();
        this.engine = engine;
        this.processors = processors;
    }

    /**
     * Returns a builder with no template sources, debug off and no functions wired.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders a whole template with the given context and no context processors, as Django's
     * {@code render_to_string} does without a request.
     *
     * @param name the template name, {@code /}-separated and relative to the sources, e.g. {@code blog/post.html}
     * @param context the variables; not modified
     * @return the rendered text
     * @throws TemplateError when the template is missing or fails to parse or render
     */
    public String render(String name, Map<String, ?> context) {
        return evaluate(name, null, new HashMap<>(context), context);
    }

    /**
     * Renders a whole template for a request: the context processors' variables, overridden by the view's.
     *
     * @param name the template name, e.g. {@code blog/post.html}
     * @param context the view's variables; they win over the processors'
     * @param request the framework's request, passed to every {@link ContextProcessor}
     * @return the rendered text
     * @throws TemplateError when the template is missing or fails to parse or render
     */
    public String render(String name, Map<String, ?> context, Object request) {
        return evaluate(name, null, merged(context, request), context);
    }

    /**
     * Renders one block of a template with no context processors, for an htmx partial response.
     *
     * <p>
     * The block is the one the template would render: a child's override when it has one, else the parent's. A
     * block that is in neither renders as an empty string, as in Pebble: which parent a template extends is only
     * known while rendering, so a missing block cannot be told from an empty one.
     *
     * @param name the template name, e.g. {@code blog/post.html}
     * @param block the block name, e.g. {@code comments}
     * @param context the variables; not modified
     * @return the block's rendered text
     * @throws TemplateError when the template is missing or fails to parse or render
     */
    public String renderBlock(String name, String block, Map<String, ?> context) {
        return evaluate(name, Objects.requireNonNull(block, "block"), new HashMap<>(context), context);
    }

    /**
     * Renders one block of a template for a request, with the context processors' variables under the view's.
     *
     * @param name the template name, e.g. {@code blog/post.html}
     * @param block the block name, e.g. {@code comments}
     * @param context the view's variables; they win over the processors'
     * @param request the framework's request, passed to every {@link ContextProcessor}
     * @return the block's rendered text
     * @throws TemplateError when the template is missing or fails to parse or render
     */
    public String renderBlock(String name, String block, Map<String, ?> context, Object request) {
        return evaluate(name, Objects.requireNonNull(block, "block"), merged(context, request), context);
    }

    /**
     * Tells whether a template of this name can be read from any source, without parsing it: the error pages use
     * it to decide whether the project has replaced, say, {@code 404.html}. A name that could climb out of the
     * template folders, or that names a folder, does not exist.
     *
     * @param name the template name, e.g. {@code 404.html}
     * @return whether rendering it would find a file
     */
    public boolean exists(String name) {
        return source(name).isPresent();
    }

    /**
     * Reads a template's text as its source holds it, for the debug page to show the lines around a fault.
     *
     * @param name the template name, e.g. {@code blog/post.html}
     * @return the text, or empty when no source holds the name or it cannot be read
     */
    public Optional<String> source(String name) {
        if (!isSafeName(name) || !engine.getLoader().resourceExists(name)) {
            return Optional.empty();
        }
        try (Reader reader = open(engine.getLoader(), name)) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return Optional.of(text.toString());
        } catch (IOException | PebbleException e) {
            return Optional.empty();
        }
    }

    private static <K> Reader open(Loader<K> loader, String name) {
        return loader.getReader(loader.createCacheKey(name));
    }

    private Map<String, Object> merged(Map<String, ?> context, Object request) {
        Map<String, Object> all = HashMap.newHashMap(context.size() + 4 * processors.size());
        for (ContextProcessor processor : processors) {
            all.putAll(processor.contribute(request));
        }
        all.putAll(context);
        return all;
    }

    /**
     * Renders, and records the render on the journey's {@code templates} layer with the caller's own context (by
     * reference; the test client reads it back), so every template a response used is visible: a view's, an
     * error page's, a fragment's.
     */
    private String evaluate(String name, String block, Map<String, Object> context, Map<String, ?> given) {
        checkName(name);
        StringWriter out = new StringWriter();
        try {
            PebbleTemplate template = parsed == null ? engine.getTemplate(name) : parsed.get(name);
            if (template == null) {
                template = engine.getTemplate(name);
                parsed.put(name, template);
            }
            if (block == null) {
                template.evaluate(out, context);
            } else {
                template.evaluateBlock(block, out, context);
            }
        } catch (PebbleException e) {
            throw translate(name, e);
        } catch (IOException e) {
            // A StringWriter does not fail; this is here for the checked signature only.
            throw new UncheckedIOException(e);
        }
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("templates", "rendered", "template", name, "block", block, "context", given);
        }
        return out.toString();
    }

    /**
     * Refuses names that could climb out of the template folders, as Django's {@code safe_join} does; names come
     * from code, but a view may build one from a request value.
     */
    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!isSafeName(name)) {
            throw new TemplateError(name, 0, "a template name is relative, /-separated and without '..'", null);
        }
    }

    private static boolean isSafeName(String name) {
        return name != null && !name.startsWith("/") && !name.contains("\\") && !name.equals("..")
                && !name.startsWith("../") && !name.contains("/../") && !name.endsWith("/..") && !name.isBlank();
    }

    private static TemplateError translate(String requested, PebbleException e) {
        String file = e.getFileName() == null ? requested : e.getFileName();
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        String detail = e.getPebbleMessage() == null ? e.toString() : e.getPebbleMessage();
        return new TemplateError(file, line, detail, e);
    }

    /** Collects template sources, debug mode, context processors and the functions' back ends. */
    public static final class Builder {

        private final List<Loader<?>> loaders = new ArrayList<>();
        private final List<ContextProcessor> processors = new ArrayList<>();
        private boolean debug;
        private UrlReverser urls;
        private StaticUrls statics;

        private Builder() {}

        /**
         * Adds a template folder after the sources already added; register the project's folder first.
         *
         * @param folder a directory holding templates by name, e.g. {@code templates/} with {@code blog/post.html}
         * @return this builder
         */
        public Builder folder(Path folder) {
            Path dir = folder.toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("templates.E002: template folder " + dir
                        + " is not a directory; create it or remove it from Templates.builder()");
            }
            FileLoader loader = new FileLoader();
            loader.setPrefix(dir.toString());
            loader.setCharset("UTF-8");
            loaders.add(loader);
            return this;
        }

        /**
         * Adds a classpath prefix after the sources already added, for templates shipped inside an app's jar.
         *
         * <p>
         * Choose a prefix that is not a Java package name (e.g. {@code blog-templates}): resources in a package
         * of a named module are hidden from other modules unless the package is opened.
         *
         * @param prefix the resource folder, e.g. {@code blog-templates}
         * @param classLoader the loader that sees the app's resources
         * @return this builder
         */
        public Builder classpath(String prefix, ClassLoader classLoader) {
            ClasspathLoader loader = new ClasspathLoader(Objects.requireNonNull(classLoader, "classLoader"));
            loader.setPrefix(Objects.requireNonNull(prefix, "prefix"));
            loader.setCharset("UTF-8");
            loaders.add(loader);
            return this;
        }

        /**
         * Turns debug mode on or off; in debug, templates are re-read on every render, so edits show at once.
         *
         * @param debug whether to reload templates; off by default
         * @return this builder
         */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /**
         * Adds a context processor, run after those already added on every render that has a request.
         *
         * @param processor the processor
         * @return this builder
         */
        public Builder contextProcessor(ContextProcessor processor) {
            processors.add(Objects.requireNonNull(processor, "processor"));
            return this;
        }

        /**
         * Sets what the template function {@code url(name, args...)} calls.
         *
         * @param urls the reverser; without one, {@code url()} fails with a {@link TemplateError}
         * @return this builder
         */
        public Builder urls(UrlReverser urls) {
            this.urls = Objects.requireNonNull(urls, "urls");
            return this;
        }

        /**
         * Sets what the template function {@code static(path)} calls.
         *
         * @param statics the static URL source; without one, {@code static()} fails with a {@link TemplateError}
         * @return this builder
         */
        public Builder staticUrls(StaticUrls statics) {
            this.statics = Objects.requireNonNull(statics, "statics");
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the templates
         * @throws IllegalStateException when no folder or classpath prefix was added ({@code templates.E001})
         */
        public Templates build() {
            if (loaders.isEmpty()) {
                throw new IllegalStateException("templates.E001: no template source; add one with "
                        + "Templates.builder().folder(Path) or .classpath(prefix, classLoader)");
            }
            PebbleEngine engine = new PebbleEngine.Builder()
                    .loader(new DelegatingLoader(List.copyOf(loaders)))
                    .autoEscaping(true)
                    .defaultEscapingStrategy("html")
                    .strictVariables(false)
                    .cacheActive(!debug)
                    .extension(new FrameworkFunctions(urls, statics))
                    .build();
            return new Templates(engine, List.copyOf(processors), debug);
        }
    }
}
