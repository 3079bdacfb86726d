package dev.cairn.db;

import java.util.Objects;

/**
 * One relation for {@link QuerySet#prefetchRelated(Prefetch...)} to load, with the QuerySet it is loaded from and
 * where the objects go (Django's {@code Prefetch}): {@code Prefetch.of("books", Book.objects.filter("stock__gt",
 * 0).orderBy("title"))} fills {@code author.related("books")} with the books in stock, in title order, and
 * {@code .into("inStock")} keeps them apart, read with {@code author.prefetched("inStock")}, leaving
 * {@code related("books")} to its own query.
 *
 * @param path     the relation, {@code __} between levels ({@code "books__tags"})
 * @param queryset the rows of the last level are read from this QuerySet (its filters, ordering,
 *                 selectRelated and own prefetches apply); null for all of them
 * @param into     the name the objects are kept under on each owner, or null for the relation's own place
 */
public record Prefetch(String path, QuerySet<?> queryset, String into) {

    /** Checks the path and that the QuerySet is not sliced (a window per owner cannot be one IN query). */
    public Prefetch {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new FieldError("Prefetch needs a relation name, not an empty path");
        }
        if (queryset != null && queryset.isSliced()) {
            throw new FieldError("Prefetch('" + path + "') cannot use a sliced QuerySet: one query serves every "
                    + "owner, so a limit would not be per owner");
        }
        if (into != null && (into.isBlank() || into.contains("__"))) {
            throw new FieldError("Prefetch('" + path + "').into('" + into + "'): the name must be a plain word");
        }
    }

    /** Every related object of {@code path}. */
    public static Prefetch of(String path) {
        return new Prefetch(path, null, null);
    }

    /** The related objects of {@code path} that {@code queryset} finds, in its order. */
    public static Prefetch of(String path, QuerySet<?> queryset) {
        return new Prefetch(path, Objects.requireNonNull(queryset, "queryset"), null);
    }

    /** The same prefetch, kept under {@code name} ({@link Model#prefetched(String)}) instead (Django's to_attr). */
    public Prefetch into(String name) {
        return new Prefetch(path, queryset, Objects.requireNonNull(name, "name"));
    }

    /** The name the objects are kept under: {@link #into()}, or the last part of the path. */
    String attribute() {
        int cut = path.lastIndexOf("__");
        return into != null ? into : cut < 0 ? path : path.substring(cut + 2);
    }
}
