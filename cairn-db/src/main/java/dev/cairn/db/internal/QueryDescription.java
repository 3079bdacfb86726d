package dev.cairn.db.internal;

import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Relation;
import dev.cairn.db.meta.ReverseRelation;
import dev.cairn.db.query.Q;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link Query} written back as the QuerySet call that made it, for the journey:
 * {@code Book.objects.filter(author__name="Jane Austen").orderBy("-price")[0:2].list()}; and, when the query
 * loads the objects related to one other object, the {@code prefetchRelated} that would load them for many at
 * once.
 */
final class QueryDescription {

    /** The most characters of one value shown in a description; the parameters hold the whole value. */
    private static final int MAX_VALUE = 40;

    private QueryDescription() {}

    /**
     * The QuerySet call, ending with the method that ran it ({@code list}, {@code count}, ...); for {@code get},
     * without the dropped ordering and the two-row window it adds itself.
     */
    static String of(Query query, String terminal) {
        boolean get = terminal.equals("get");
        StringBuilder text = new StringBuilder(query.model().type().getSimpleName()).append(".objects");
        for (Q condition : query.where()) {
            boolean exclude = condition.negated() && (condition.isLeaf() || condition.exists() != null);
            text.append(exclude ? ".exclude(" : ".filter(").append(exclude ? leaf(condition) : top(condition))
                    .append(')');
        }
        if (query.ordering() != null && !get) {
            text.append(".orderBy(").append(quoted(query.ordering())).append(')');
        }
        if (!query.selectRelated().isEmpty()) {
            text.append(".selectRelated(").append(quoted(query.selectRelated())).append(')');
        }
        if (!query.annotations().isEmpty()) {
            text.append(".annotate(").append(String.join(", ", query.annotations().keySet())).append(')');
        }
        if (!query.deferred().isEmpty()) {
            text.append(".defer(").append(quoted(query.deferred())).append(')');
        }
        if (query.distinct()) {
            text.append(".distinct()");
        }
        if (query.lock() != null) {
            text.append(".selectForUpdate()");
        }
        if ((query.limit() >= 0 || query.offset() > 0) && !get) {
            text.append('[').append(query.offset()).append(':')
                    .append(query.limit() >= 0 ? String.valueOf(query.offset() + query.limit()) : "").append(']');
        }
        return text.append('.').append(terminal).append("()").toString();
    }

    /**
     * The hint for a query that loads the objects related to one object through a reverse foreign key or a
     * many-to-many ({@code Book.objects.filter(author=3)}, {@code Tag.objects.filter(books=7)}), or null.
     */
    static String prefetchHint(Query query) {
        if (query.where().size() != 1 || !query.where().getFirst().isLeaf() || query.where().getFirst().negated()) {
            return null;
        }
        String[] parts = query.where().getFirst().lookup().split("__");
        if (parts.length > 2 || parts.length == 2 && !parts[1].equals("exact") && !parts[1].equals("id")
                && !parts[1].equals("pk")) {
            return null;
        }
        ModelMeta<?> model = query.model();
        FieldMeta field = model.field(parts[0]);
        if (field != null && field.relation() != Relation.NONE) {
            // Book.objects.filter(author=a) for each author: author.books, prefetched from Author.
            return field.relatedName() == null ? null : prefetch(field.target().getSimpleName(), field.relatedName());
        }
        ReverseRelation reverse = model.reverseRelation(parts[0]);
        if (reverse != null && reverse.field().relation() == Relation.MANY_TO_MANY) {
            // Tag.objects.filter(books=b) for each book: book.tags, prefetched from Book.
            return prefetch(reverse.model().type().getSimpleName(), reverse.field().name());
        }
        return null;
    }

    private static String prefetch(String model, String relation) {
        return "use prefetchRelated(\"" + relation + "\") on the " + model + " QuerySet";
    }

    /** A top-level condition: a leaf as {@code lookup=value}, a combination as Q objects. */
    private static String top(Q condition) {
        if (condition.isLeaf() || condition.exists() != null && !condition.negated()) {
            return leaf(condition);
        }
        if (condition.connector() == Q.Connector.AND && !condition.negated()) {
            return condition.children().stream().map(QueryDescription::top).collect(Collectors.joining(", "));
        }
        return q(condition);
    }

    private static String q(Q condition) {
        if (condition.exists() != null) {
            return (condition.negated() ? "~" : "") + leaf(condition);
        }
        String body = condition.isLeaf()
                ? "Q(" + leaf(condition) + ")"
                : condition.children().stream().map(QueryDescription::q).collect(Collectors.joining(
                        condition.connector() == Q.Connector.AND ? " & " : " | ", "(", ")"));
        return condition.negated() ? "~" + body : body;
    }

    private static String leaf(Q condition) {
        if (condition.exists() != null) {
            return condition.exists().toString();
        }
        return condition.lookup() + "=" + value(condition.value());
    }

    private static String value(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 3) + "...";
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
