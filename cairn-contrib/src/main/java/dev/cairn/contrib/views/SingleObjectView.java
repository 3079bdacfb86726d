package dev.cairn.contrib.views;

import dev.cairn.db.DoesNotExist;
import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.web.HttpError;
import dev.cairn.web.Request;
import java.util.Map;
import java.util.Objects;

/**
 * A view of one row, found by the route's path arguments (Django's {@code SingleObjectMixin}): by key from
 * {@code <int:pk>}, else by slug from {@code <slug:slug>} against the field {@code slug}; each name can be changed.
 * A row that is not among the view's rows is answered 404.
 *
 * @param <M> the model
 * @param <V> the concrete view, returned by the fluent setters
 */
public abstract class SingleObjectView<M extends Model, V extends SingleObjectView<M, V>> extends ModelView<M, V> {

    private String pkKwarg = "pk";
    private String slugKwarg = "slug";
    private String slugField = "slug";

    /** A view of one row of {@code model}. */
    protected SingleObjectView(Class<M> model) {
        super(model);
    }

    /** Reads the key from this path argument instead of {@code pk}. */
    public V pkKwarg(String name) {
        this.pkKwarg = Objects.requireNonNull(name, "name");
        return self();
    }

    /** Reads the slug from this path argument instead of {@code slug}. */
    public V slugKwarg(String name) {
        this.slugKwarg = Objects.requireNonNull(name, "name");
        return self();
    }

    /**
     * Looks the slug up in this field instead of {@code slug}.
     *
     * @throws IllegalArgumentException when the model has no such field
     */
    public V slugField(String field) {
        if (meta().field(field) == null) {
            throw new IllegalArgumentException(meta().type().getSimpleName() + " has no field '" + field
                    + "' to find a slug in; it has: " + String.join(", ", meta().choices()));
        }
        this.slugField = field;
        return self();
    }

    /**
     * The row the request names (Django's {@code get_object}).
     *
     * @throws HttpError             404 when none of the view's rows has it
     * @throws IllegalStateException when the route gives neither argument: a mistake in the URLs
     */
    protected M object(Request request) throws Exception {
        QuerySet<M> rows = queryset(request);
        Object pk = request.kwarg(pkKwarg);
        Object slug = request.kwarg(slugKwarg);
        if (pk != null) {
            rows = rows.filter("pk", pk);
        } else if (slug != null) {
            rows = rows.filter(slugField, slug);
        } else {
            throw new IllegalStateException(getClass().getSimpleName() + " must be routed with either an object "
                    + "pk or a slug in the path, as <int:" + pkKwarg + "> or <slug:" + slugKwarg + ">");
        }
        try {
            return rows.get();
        } catch (DoesNotExist e) {
            throw HttpError.notFound("No " + meta().verboseName() + " found matching the query");
        }
    }

    /** A context holding the path arguments, and the object as {@code object} and under its model's name. */
    protected Map<String, Object> objectContext(Request request, M object) {
        Map<String, Object> context = baseContext(request);
        if (object != null) {
            context.put("object", object);
            context.put(contextName(meta().name()), object);
        }
        return context;
    }

    @SuppressWarnings("unchecked")
    private V self() {
        return (V) this;
    }
}
