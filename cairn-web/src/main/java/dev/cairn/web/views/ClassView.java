package dev.cairn.web.views;

import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.View;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A view written as a class with one method per HTTP method: Django's {@code View}.
 *
 * <pre>{@code
 * final class Article extends ClassView {
 *     @Override
 *     protected Response get(Request request) { return Response.text("the article"); }
 *
 *     @Override
 *     protected Response post(Request request) { return Response.seeOther(request.fullPath()); }
 * }
 * Routes.path("article/", new Article(), "article")
 * }</pre>
 *
 * <p>
 * Each request goes through {@link #setup(Request)}, then to the method named by the request's method. A method
 * the class does not override is answered {@code 405 Method Not Allowed} with an {@code Allow} header listing the
 * ones it does (RFC 9110 §15.5.6), through the site's 405 page. {@code HEAD} is answered by {@link #get} unless
 * {@link #head} is overridden (the server drops the body, RFC 9110 §9.3.2); {@code OPTIONS} is answered 200 with
 * {@code Allow} unless overridden. Which methods a class overrides is worked out once per class, by reflection,
 * and cached.
 *
 * <p>
 * An instance put in a route serves every request to it, at the same time: it must keep no per-request state in
 * its fields. A view that wants such fields (set in {@code setup}, as Django's {@code self.object}) is routed
 * through {@link #perRequest(Supplier)}, which makes a fresh instance for each request, as Django's
 * {@code as_view()} does.
 */
public abstract class ClassView implements View {

    /** The methods a view class can implement, in the order {@code Allow} lists them. */
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
            "OPTIONS");

    /** The methods each concrete class answers, found once per class. */
    private static final ClassValue<Set<String>> ALLOWED = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return allowedMethods(type);
        }
    };

    /** For subclasses. */
    protected ClassView() {}

    /**
     * Returns a view that makes a new instance of a class view for each request, so that the instance may keep
     * what {@link #setup(Request)} found in its fields (Django's {@code as_view()}).
     */
    public static View perRequest(Supplier<? extends ClassView> factory) {
        Objects.requireNonNull(factory, "factory");
        return request -> Objects.requireNonNull(factory.get(), "the ClassView factory returned null")
                .handle(request);
    }

    /** Runs {@link #setup(Request)}, then the method for the request's method, or answers 405. */
    @Override
    public final Response handle(Request request) throws Exception {
        setup(request);
        Set<String> allowed = allowedMethods();
        if (!allowed.contains(request.method())) {
            return notAllowed(request);
        }
        return switch (request.method()) {
            case "GET" -> get(request);
            case "HEAD" -> head(request);
            case "POST" -> post(request);
            case "PUT" -> put(request);
            case "PATCH" -> patch(request);
            case "DELETE" -> delete(request);
            case "OPTIONS" -> options(request);
            default -> throw new IllegalStateException("unreachable: " + request.method() + " is in " + allowed);
        };
    }

    /**
     * Returns the methods this view answers, in {@code Allow} order: those whose method its class overrides,
     * {@code HEAD} wherever {@code GET} is, and {@code OPTIONS}.
     */
    public final Set<String> allowedMethods() {
        return ALLOWED.get(getClass());
    }

    /**
     * Runs before the method's handler, for every request (even one answered 405): the place to look up what
     * every method needs, or to refuse the request by throwing an {@link dev.cairn.web.HttpError}. It does
     * nothing unless overridden.
     */
    protected void setup(Request request) throws Exception {
        // Nothing to prepare by default.
    }

    /** Answers {@code GET}; not overriding it leaves {@code GET} and {@code HEAD} answered 405. */
    protected Response get(Request request) throws Exception {
        return notAllowed(request);
    }

    /** Answers {@code HEAD}: by default as {@link #get}, whose body the server leaves out. */
    protected Response head(Request request) throws Exception {
        return get(request);
    }

    /** Answers {@code POST}; 405 unless overridden. */
    protected Response post(Request request) throws Exception {
        return notAllowed(request);
    }

    /** Answers {@code PUT}; 405 unless overridden. */
    protected Response put(Request request) throws Exception {
        return notAllowed(request);
    }

    /** Answers {@code PATCH}; 405 unless overridden. */
    protected Response patch(Request request) throws Exception {
        return notAllowed(request);
    }

    /** Answers {@code DELETE}; 405 unless overridden. */
    protected Response delete(Request request) throws Exception {
        return notAllowed(request);
    }

    /** Answers {@code OPTIONS}: 200, no body, {@code Allow} listing the methods answered (RFC 9110 §9.3.7). */
    protected Response options(Request request) throws Exception {
        return Response.of(200).header("Allow", String.join(", ", allowedMethods()));
    }

    /** The site's 405 page, with {@code Allow} listing the methods this view answers. */
    protected final Response notAllowed(Request request) {
        return request.app().errors().methodNotAllowed(request, allowedMethods());
    }

    /** Finds, below {@code ClassView}, which handler methods a class or its superclasses declare. */
    private static Set<String> allowedMethods(Class<?> type) {
        Set<String> declared = new LinkedHashSet<>();
        for (Class<?> c = type; c != ClassView.class && c != null; c = c.getSuperclass()) {
            for (String method : METHODS) {
                try {
                    c.getDeclaredMethod(method.toLowerCase(Locale.ROOT), Request.class);
                    declared.add(method);
                } catch (NoSuchMethodException e) {
                    // Not declared at this level; a superclass may declare it.
                }
            }
        }
        if (declared.contains("GET")) {
            declared.add("HEAD");
        }
        declared.add("OPTIONS");
        Set<String> ordered = new LinkedHashSet<>();
        for (String method : METHODS) {
            if (declared.contains(method)) {
                ordered.add(method);
            }
        }
        return Collections.unmodifiableSet(ordered);
    }
}
