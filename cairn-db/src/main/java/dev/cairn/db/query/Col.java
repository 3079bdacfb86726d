package dev.cairn.db.query;

import dev.cairn.db.FieldError;
import dev.cairn.db.Model;
import dev.cairn.db.Ref;
import dev.cairn.db.internal.LookupPath;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Relation;
import dev.cairn.db.meta.ReverseRelation;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The typed way to write a query: a field of a model (across relations with {@code __}) declared once with its
 * Java type, whose methods make the conditions Java can check.
 *
 * <pre>{@code
 * static final Col<Book, BigDecimal> PRICE = Col.of(Book.class, "price", BigDecimal.class);
 * static final Col<Book, String> AUTHOR_NAME = Col.of(Book.class, "author__name", String.class);
 *
 * Book.objects.filter(PRICE.lt(new BigDecimal("10")).and(AUTHOR_NAME.icontains("dickens")))
 *         .orderBy(PRICE.desc());
 * }</pre>
 *
 * <p>
 * The path and type are checked when the column is declared: a wrong name fails with the model's choices, a wrong
 * type with the field's own, so a mistake stops the class from loading rather than a query from running.
 *
 * @param <M> the model queried
 * @param <T> the field's Java type
 */
public final class Col<M extends Model, T> {

    private final String path;

    private Col(String path) {
        this.path = path;
    }

    /**
     * The field at {@code path} of {@code model}, whose values are {@code type}s.
     *
     * @throws FieldError when the path names no field, or the field holds another type
     */
    public static <M extends Model, T> Col<M, T> of(Class<M> model, String path, Class<T> type) {
        Objects.requireNonNull(type, "type");
        Class<?> holds = typeAt(Models.meta(model), path);
        if (!box(type).isAssignableFrom(box(holds))) {
            throw new FieldError(model.getSimpleName() + "." + path + " holds " + holds.getSimpleName() + ", not "
                    + type.getSimpleName());
        }
        return new Col<>(path);
    }

    /** The Java type of the field at the end of the path: for a relation, the related model. */
    private static Class<?> typeAt(ModelMeta<?> start, String path) {
        ModelMeta<?> model = start;
        List<String> parts = LookupPath.parts(path);
        for (int i = 0; i < parts.size(); i++) {
            String name = parts.get(i);
            boolean last = i == parts.size() - 1;
            FieldMeta field = model.field(name);
            ReverseRelation reverse = field == null ? model.reverseRelation(name) : null;
            if (field == null && reverse == null) {
                throw new FieldError("Cannot resolve keyword '" + name + "' into field of " + model.type()
                        .getSimpleName() + ". Choices are: " + String.join(", ", model.choices()));
            }
            if (field != null && field.relation() == Relation.NONE) {
                if (!last) {
                    throw new FieldError("'" + name + "' of " + model.type().getSimpleName() + " is not a relation, so "
                            + "'" + path + "' cannot go on past it");
                }
                return field.javaType();
            }
            Class<? extends Model> target = field != null ? field.target() : reverse.model().type();
            if (last) {
                return target;
            }
            model = Models.meta(target);
        }
        throw new FieldError("'" + path + "' names no field");
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type == Ref.class ? Model.class : type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            default -> type;
        };
    }

    /** The lookup path, as the string form writes it. */
    public String path() {
        return path;
    }

    /** Equal to {@code value} (NULL when null). */
    public Q eq(T value) {
        return Q.of(path, value);
    }

    /** Not equal to {@code value}; rows where the field is NULL count as not equal, as in Django's exclude. */
    public Q ne(T value) {
        return Q.of(path, value).not();
    }

    /** Greater than {@code value}. */
    public Q gt(T value) {
        return Q.of(path + "__gt", value);
    }

    /** At least {@code value}. */
    public Q gte(T value) {
        return Q.of(path + "__gte", value);
    }

    /** Less than {@code value}. */
    public Q lt(T value) {
        return Q.of(path + "__lt", value);
    }

    /** At most {@code value}. */
    public Q lte(T value) {
        return Q.of(path + "__lte", value);
    }

    /** From {@code low} to {@code high}, both included. */
    public Q between(T low, T high) {
        return Q.of(path + "__range", List.of(low, high));
    }

    /** One of {@code values}. */
    public Q in(Collection<? extends T> values) {
        return Q.of(path + "__in", values);
    }

    /** NULL, or (false) not NULL. */
    public Q isNull(boolean isNull) {
        return Q.of(path + "__isnull", isNull);
    }

    /** Compared with another field or expression computed by the database. */
    public Q eq(Expression expression) {
        return Q.of(path, expression);
    }

    /** Greater than a field or expression. */
    public Q gt(Expression expression) {
        return Q.of(path + "__gt", expression);
    }

    /** Less than a field or expression. */
    public Q lt(Expression expression) {
        return Q.of(path + "__lt", expression);
    }

    /** Text containing {@code text}, case counting. */
    public Q contains(String text) {
        return Q.of(path + "__contains", text);
    }

    /** Text containing {@code text}, case ignored. */
    public Q icontains(String text) {
        return Q.of(path + "__icontains", text);
    }

    /** Text starting with {@code text}. */
    public Q startsWith(String text) {
        return Q.of(path + "__startswith", text);
    }

    /** Text ending with {@code text}. */
    public Q endsWith(String text) {
        return Q.of(path + "__endswith", text);
    }

    /** Text equal to {@code text}, case ignored. */
    public Q iexact(String text) {
        return Q.of(path + "__iexact", text);
    }

    /** Text matching a regular expression. */
    public Q regex(String pattern) {
        return Q.of(path + "__regex", pattern);
    }

    /** The field's value in the database, for comparisons, updates and orderings. */
    public F f() {
        return F.of(path);
    }

    /** Ascending order, as {@code orderBy} takes it. */
    public String asc() {
        return path;
    }

    /** Descending order, as {@code orderBy} takes it. */
    public String desc() {
        return "-" + path;
    }

    @Override
    public String toString() {
        return path;
    }
}
