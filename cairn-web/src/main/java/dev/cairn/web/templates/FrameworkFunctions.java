package dev.cairn.web.templates;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Pebble extension that gives templates {@code url(name, args...)}, {@code static(path)} and
 * {@code csrf_token()}.
 *
 * <p>
 * A failure inside a function is rethrown as a {@link PebbleException} carrying the calling template and line, so
 * that it reaches the caller as a {@link TemplateError} pointing at the call rather than at the whole template.
 */
final class FrameworkFunctions extends AbstractExtension {

    private final UrlReverser urls;
    private final StaticUrls statics;

    FrameworkFunctions(UrlReverser urls, StaticUrls statics) {
        this.urls = urls;
        this.statics = statics;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("url", new Url(), "static", new Static(), "csrf_token", new CsrfToken());
    }

    /** Calls {@code body} and rethrows any failure with the template and line of the call. */
    private static Object atLine(String function, PebbleTemplate self, int line, Supplier<?> body) {
        try {
            return body.get();
        } catch (PebbleException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PebbleException(e, function + ": " + e.getMessage(), line, self.getName());
        }
    }

    /** {@code url(name, args...)}: positional arguments only, passed to the registered {@link UrlReverser}. */
    private final class Url implements Function {

        @Override
        public List<String> getArgumentNames() {
            // null makes Pebble key positional arguments "0", "1", ..., which is how varargs are received.
            return null;
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return atLine("url()", self, line, () -> {
                if (urls == null) {
                    throw new IllegalStateException("no UrlReverser; register one with Templates.builder().urls(...)");
                }
                Object name = args.get("0");
                if (name == null) {
                    throw new IllegalArgumentException("needs a route name as its first argument");
                }
                List<Object> rest = new ArrayList<>();
                for (int i = 1; args.containsKey(Integer.toString(i)); i++) {
                    rest.add(args.get(Integer.toString(i)));
                }
                // Not List.copyOf: a template may pass a null variable, and the reverser should say so itself.
                return urls.reverse(name.toString(), Collections.unmodifiableList(rest));
            });
        }
    }

    /** {@code static(path)}: the URL of a static file from the registered {@link StaticUrls}. */
    private final class Static implements Function {

        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return atLine("static()", self, line, () -> {
                if (statics == null) {
                    throw new IllegalStateException(
                            "no StaticUrls; register one with Templates.builder().staticUrls(...)");
                }
                Object path = args.get("path");
                if (path == null) {
                    throw new IllegalArgumentException("needs the path of a static file");
                }
                return statics.url(path.toString());
            });
        }
    }

    /**
     * {@code csrf_token()}: the {@code csrf_token} variable, or an empty string without one, so that a form renders
     * even where no CSRF middleware put a token in the context (the POST is then refused, not the page).
     */
    private static final class CsrfToken implements Function {

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object token = context.getVariable("csrf_token");
            return token == null ? "" : token.toString();
        }
    }
}
