package dev.cairn.web.views;

import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A view that renders one template for {@code GET} (and {@code HEAD}): Django's {@code TemplateView}.
 *
 * <pre>{@code
 * Routes.path("about/", TemplateView.of("about.html"), "about")
 * Routes.path("inbox/", TemplateView.of("inbox.html").fragment("messages"), "inbox")
 *
 * final class PostPage extends TemplateView {
 *     PostPage() { super("post.html"); }
 *
 *     @Override
 *     protected Map<String, Object> context(Request request) throws Exception {
 *         Map<String, Object> context = super.context(request);
 *         context.put("post", posts.find(request.kwarg("pk", Integer.class)));
 *         return context;
 *     }
 * }
 * }</pre>
 *
 * <p>
 * The context holds the route's path arguments merged at the top level, as Django's {@code get_context_data}
 * does ({@code <int:pk>} is {@code {{ pk }}}), plus whatever {@link #context(Request)} adds; the site's context
 * processors add theirs when the template renders.
 *
 * <p>
 * With a fragment block named, a request htmx sent for a fragment ({@link dev.cairn.web.Htmx#wantsFragment()})
 * gets only that block, and any other request the whole page. Both answers carry {@code Vary: HX-Request}, so a
 * cache never hands the fragment to a browser that asked for the page.
 *
 * <p>
 * Configure the view ({@link #fragment(String)}) while building the routes; after that it is shared by every
 * request and must not change.
 */
public class TemplateView extends ClassView {

    private final String template;
    private String fragment;

    /** A view that renders {@code template}; for subclasses, which {@link #of(String)} serves otherwise. */
    protected TemplateView(String template) {
        this.template = Objects.requireNonNull(template, "template");
        if (template.isBlank()) {
            throw new IllegalArgumentException("a TemplateView needs a template name, such as \"about.html\"");
        }
    }

    /** Returns a view that renders {@code template} with the path arguments as its context. */
    public static TemplateView of(String template) {
        return new TemplateView(template);
    }

    /**
     * Names the block rendered alone for an htmx fragment request, and returns this view.
     *
     * @throws IllegalArgumentException when the name is blank
     */
    public TemplateView fragment(String block) {
        Objects.requireNonNull(block, "block");
        if (block.isBlank()) {
            throw new IllegalArgumentException("a fragment is a block name, such as \"content\"");
        }
        this.fragment = block;
        return this;
    }

    /** Returns the template this view renders. */
    public String template() {
        return template;
    }

    /** Returns the block rendered for an htmx fragment request, or null when the whole page always is. */
    public String fragment() {
        return fragment;
    }

    /**
     * Returns the context to render with: a new, mutable map of the path arguments by name. A subclass adds to
     * {@code super.context(request)}; it may throw {@link dev.cairn.web.HttpError} (a 404 for a missing object).
     */
    protected Map<String, Object> context(Request request) throws Exception {
        return new LinkedHashMap<>(request.kwargs());
    }

    /** Renders the template, or only the fragment block for an htmx fragment request. */
    @Override
    protected Response get(Request request) throws Exception {
        Map<String, Object> context = context(request);
        if (fragment == null) {
            return request.render(template, context);
        }
        Response response = request.htmx().wantsFragment()
                ? request.renderBlock(template, fragment, context)
                : request.render(template, context);
        return response.addHeader("Vary", "HX-Request");
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + template + (fragment == null ? "" : "#" + fragment) + "]";
    }
}
