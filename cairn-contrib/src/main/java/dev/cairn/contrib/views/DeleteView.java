package dev.cairn.contrib.views;

import dev.cairn.db.Model;
import dev.cairn.db.ProtectedError;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A page that deletes the row its path names (Django's {@code DeleteView}): GET asks for confirmation with
 * {@code <app>/<model>_confirm_delete.html} ({@code object}, {@code <model>}); POST deletes the row, with what its
 * relations' {@code on_delete} say, and redirects to the success URL (303, or {@code HX-Redirect} for an htmx
 * fragment request). When a PROTECT or RESTRICT relation refuses, the confirmation page comes back with
 * {@code error} saying why, as 409 Conflict, and nothing is deleted.
 *
 * <pre>{@code
 * path("books/<int:pk>/delete/", DeleteView.of(Book.class).successUrl("/books/"), "book-delete")
 *         .methods("GET", "POST")
 * }</pre>
 *
 * @param <M> the model
 */
public class DeleteView<M extends Model> extends SingleObjectView<M, DeleteView<M>> {

    private final SuccessUrl<M> successUrl = new SuccessUrl<>();

    /** A delete page for {@code model}; subclasses override the steps. */
    protected DeleteView(Class<M> model) {
        super(model);
    }

    /** A delete page for {@code model}; give it a success URL. */
    public static <M extends Model> DeleteView<M> of(Class<M> model) {
        return new DeleteView<>(model);
    }

    /** Sends the browser here after deleting. */
    public DeleteView<M> successUrl(String path) {
        successUrl.set(path);
        return this;
    }

    /** Sends the browser to the path made from the request and the deleted row (still in memory). */
    public DeleteView<M> successUrl(BiFunction<Request, M, String> maker) {
        successUrl.set(maker);
        return this;
    }

    @Override
    protected String templateSuffix() {
        return "_confirm_delete";
    }

    @Override
    protected Response get(Request request) throws Exception {
        return render(request, context(request, object(request)));
    }

    @Override
    protected Response post(Request request) throws Exception {
        M object = object(request);
        String next = successUrl.of(request, object, toString());
        try {
            object.delete();
        } catch (ProtectedError e) {
            Map<String, Object> context = context(request, object);
            context.put("error", e.getMessage());
            return render(request, context).status(409);
        }
        return redirect(request, next);
    }

    /** The context for the row; override to add to it. */
    protected Map<String, Object> context(Request request, M object) throws Exception {
        return objectContext(request, object);
    }
}
