package dev.cairn.contrib.views;

import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.views.ClassView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every generic model view shares: the model, the rows it works on, the template it renders (named after
 * the model, as Django names it: {@code shelf/book_list.html}), and the block an htmx request gets alone.
 *
 * <p>
 * A view is configured while the routes are built, then serves every request at once: it keeps nothing of a
 * request in its fields, and hands what it finds from method to method instead. Subclasses override the
 * {@code protected} steps ({@link #queryset(Request)}, {@code context}, ...) as Django's {@code get_queryset} and
 * {@code get_context_data}.
 *
 * @param <M> the model
 * @param <V> the concrete view, returned by the fluent setters
 */
public abstract class ModelView<M extends Model, V extends ModelView<M, V>> extends ClassView {

    private final ModelMeta<M> meta;
    private QuerySet<M> queryset;
    private String template;
    private String fragment;
    private String contextObjectName;

    /** A view of {@code model}'s rows. */
    protected ModelView(Class<M> model) {
        this.meta = Models.meta(Objects.requireNonNull(model, "model"));
    }

    /** Works on these rows instead of all of the model's (Django's {@code queryset}); order them for a list. */
    public V queryset(QuerySet<M> rows) {
        if (rows.meta() != meta) {
            throw new IllegalArgumentException("a view of " + meta.type().getSimpleName() + " cannot work on "
                    + rows.meta().type().getSimpleName() + " rows");
        }
        this.queryset = rows;
        return self();
    }

    /** Renders {@code name} instead of the template named after the model. */
    public V template(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a template name is not blank, such as \"shelf/book_list.html\"");
        }
        this.template = name;
        return self();
    }

    /** Answers an htmx fragment request ({@link dev.cairn.web.Htmx#wantsFragment()}) with this block alone. */
    public V fragment(String block) {
        Objects.requireNonNull(block, "block");
        if (block.isBlank()) {
            throw new IllegalArgumentException("a fragment is a block name, such as \"content\"");
        }
        this.fragment = block;
        return self();
    }

    /** Also puts the object (or the list) in the context under this name, instead of one made from the model's. */
    public V contextObjectName(String name) {
        this.contextObjectName = Objects.requireNonNull(name, "name");
        return self();
    }

    /** The model. */
    public final ModelMeta<M> meta() {
        return meta;
    }

    /** The template rendered: the one set, else {@code <app>/<model><suffix>.html}. */
    public final String template() {
        return template != null ? template : meta.app() + "/" + meta.name() + templateSuffix() + ".html";
    }

    /** The end of the default template's name, such as {@code _list}. */
    protected abstract String templateSuffix();

    /** The context name set with {@link #contextObjectName}, else {@code fallback}. */
    protected final String contextName(String fallback) {
        return contextObjectName != null ? contextObjectName : fallback;
    }

    /**
     * The rows the view works on: those set with {@link #queryset(QuerySet)}, else all of the model's; override to
     * narrow them per request (the user's own, say).
     */
    protected QuerySet<M> queryset(Request request) throws Exception {
        return queryset != null ? queryset : allRows();
    }

    /** Every row of the model, which the view works on when no queryset was set. */
    protected QuerySet<M> allRows() {
        return Manager.of(meta.type()).all();
    }

    /** A new context holding the route's path arguments, as TemplateView's does. */
    protected Map<String, Object> baseContext(Request request) {
        return new LinkedHashMap<>(request.kwargs());
    }

    /** Renders the template, or only the fragment block for an htmx fragment request. */
    protected Response render(Request request, Map<String, Object> context) {
        if (fragment == null) {
            return request.render(template(), context);
        }
        Response response = request.htmx().wantsFragment()
                ? request.renderBlock(template(), fragment, context)
                : request.render(template(), context);
        return response.addHeader("Vary", "HX-Request");
    }

    /**
     * Sends the browser on after a POST: 303 See Other, so reloading does not post again; to an htmx request that
     * wants a fragment, 200 with {@code HX-Redirect}, since the redirect would otherwise be followed in the
     * background and its page swapped into the target.
     */
    protected final Response redirect(Request request, String location) {
        if (request.htmx().wantsFragment()) {
            return Response.of(200).hxRedirect(location);
        }
        return Response.seeOther(location);
    }

    @SuppressWarnings("unchecked")
    private V self() {
        return (V) this;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + meta.label() + ", " + template() + "]";
    }
}
