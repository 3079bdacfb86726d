package dev.cairn.contrib.views;

import dev.cairn.db.Model;
import dev.cairn.web.Request;

/**
 * A page that makes a row from a form (Django's {@code CreateView}); see {@link ModelFormView}.
 *
 * <pre>{@code
 * path("books/new/", CreateView.of(Book.class).fields("title", "author", "price").successUrl("/books/"),
 *         "book-create").methods("GET", "POST")
 * }</pre>
 *
 * @param <M> the model
 */
public class CreateView<M extends Model> extends ModelFormView<M, CreateView<M>> {

    /** A create page for {@code model}; subclasses override the steps. */
    protected CreateView(Class<M> model) {
        super(model);
    }

    /** A create page for {@code model}; give it fields or a form. */
    public static <M extends Model> CreateView<M> of(Class<M> model) {
        return new CreateView<>(model);
    }

    /** A new object, with the model's defaults. */
    @Override
    protected M instance(Request request) throws Exception {
        return meta().newInstance();
    }
}
