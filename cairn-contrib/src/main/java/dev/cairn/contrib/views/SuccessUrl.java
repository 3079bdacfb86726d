package dev.cairn.contrib.views;

import dev.cairn.db.Model;
import dev.cairn.web.Request;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Where a view that changes a row sends the browser afterwards (Django's {@code success_url}): a fixed path, a
 * path made from the request and the row, or else the row's own {@link AbsoluteUrl}.
 *
 * @param <M> the model
 */
final class SuccessUrl<M extends Model> {

    private BiFunction<Request, M, String> made;

    void set(String path) {
        Objects.requireNonNull(path, "path");
        this.made = (request, object) -> path;
    }

    void set(BiFunction<Request, M, String> maker) {
        this.made = Objects.requireNonNull(maker, "maker");
    }

    /**
     * The path for {@code object}.
     *
     * @throws IllegalStateException when the view has none and the model is no {@link AbsoluteUrl}
     */
    String of(Request request, M object, String view) {
        if (made != null) {
            return made.apply(request, object);
        }
        if (object instanceof AbsoluteUrl own) {
            return own.absoluteUrl(request);
        }
        throw new IllegalStateException("No URL to redirect to from " + view + ": give it successUrl(...), or make "
                + object.getClass().getSimpleName() + " implement AbsoluteUrl");
    }
}
