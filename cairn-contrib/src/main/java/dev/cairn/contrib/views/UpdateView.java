package dev.cairn.contrib.views;

import dev.cairn.db.Model;
import dev.cairn.web.Request;

/**
 * A page that changes the row its path names through a form (Django's {@code UpdateView}); 404 when the row is
 * not among the view's rows. See {@link ModelFormView}.
 *
 * <pre>{@code
 * path("books/<int:pk>/edit/", UpdateView.of(Book.class).fields("title", "price"), "book-update")
 *         .methods("GET", "POST")
 * }</pre>
 *
 * @param <M> the model
 */
public class UpdateView<M extends Model> extends ModelFormView<M, UpdateView<M>> {

    /** An update page for {@code model}; subclasses override the steps. */
    protected UpdateView(Class<M> model) {
        super(model);
    }

    /** An update page for {@code model}; give it fields or a form. */
    public static <M extends Model> UpdateView<M> of(Class<M> model) {
        return new UpdateView<>(model);
    }

    /** The row the path names, or 404. */
    @Override
    protected M instance(Request request) throws Exception {
        return object(request);
    }
}
