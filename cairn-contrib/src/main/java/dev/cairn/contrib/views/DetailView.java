package dev.cairn.contrib.views;

import dev.cairn.db.Model;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.Map;

/**
 * A page showing one row (Django's {@code DetailView}): {@code <app>/<model>_detail.html} rendered with
 * {@code object} and {@code <model>}, found by key or slug from the path, or 404.
 *
 * <pre>{@code
 * path("books/<int:pk>/", DetailView.of(Book.class), "book-detail")
 * path("authors/<slug:slug>/", DetailView.of(Author.class), "author-detail")
 * }</pre>
 *
 * @param <M> the model
 */
public class DetailView<M extends Model> extends SingleObjectView<M, DetailView<M>> {

    /** A page of one row of {@code model}; subclasses override the steps. */
    protected DetailView(Class<M> model) {
        super(model);
    }

    /** A page of one row of {@code model}. */
    public static <M extends Model> DetailView<M> of(Class<M> model) {
        return new DetailView<>(model);
    }

    @Override
    protected String templateSuffix() {
        return "_detail";
    }

    @Override
    protected Response get(Request request) throws Exception {
        M object = object(request);
        return render(request, context(request, object));
    }

    /** The context for the row; override to add to it. */
    protected Map<String, Object> context(Request request, M object) throws Exception {
        return objectContext(request, object);
    }
}
