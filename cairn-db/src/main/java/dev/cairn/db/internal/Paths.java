package dev.cairn.db.internal;

import dev.cairn.db.FieldError;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import dev.cairn.db.meta.Relation;
import dev.cairn.db.meta.ReverseRelation;
import java.util.List;
import java.util.Set;

/**
 * Resolves a lookup path ({@code "author__publisher__name__icontains"}) against a model: each relation on the
 * way becomes a join, the first name that is no field is where the lookup begins, and a name that is neither
 * field, relation nor lookup is a {@link FieldError} that lists the model's choices.
 */
final class Paths {

    /** Transforms: parts of a date or time, each an integer the next lookup compares. */
    static final Set<String> TRANSFORMS = Set.of("year", "month", "day", "week_day", "hour", "minute", "second",
            "quarter", "week");

    /** Lookups: how the column is compared with the value. */
    static final Set<String> LOOKUPS = Set.of("exact", "iexact", "contains", "icontains", "in", "gt", "gte", "lt",
            "lte", "startswith", "istartswith", "endswith", "iendswith", "range", "isnull", "regex", "iregex");

    /**
     * Where a path leads.
     *
     * @param sql      the SQL of the column (or of the key column, for a path ending on a relation)
     * @param field    the field whose type the value takes, or null when a transform made it an integer
     * @param lookup   the lookup to apply ({@code exact} when none was named)
     * @param nullable whether the column can be NULL (a nullable field, or one reached by an outer join)
     */
    record Resolved(String sql, FieldMeta field, String lookup, boolean nullable) {}

    private Paths() {}

    /** Resolves a path for a filter: fields and relations, then transforms, then at most one lookup. */
    static Resolved resolve(Compilation c, String path) {
        return resolve(c, c.root, c.rootAlias, path, true);
    }

    /** Resolves a path to a column only (ordering, values, F, aggregates): no lookups. */
    static Resolved column(Compilation c, String path) {
        return resolve(c, c.root, c.rootAlias, path, false);
    }

    private static Resolved resolve(Compilation c, ModelMeta<?> start, String startAlias, String path,
            boolean lookups) {
        List<String> parts = LookupPath.parts(path);
        Walk walk = new Walk(c, start, startAlias);
        int i = 0;
        while (walk.sql == null) {
            if (i == parts.size()) {
                throw new FieldError("'" + path + "' names no field");
            }
            String name = parts.get(i);
            boolean last = i == parts.size() - 1;
            boolean nextIsLookup = !last && isLookupOrTransform(parts.get(i + 1));
            FieldMeta f = walk.model.field(name);
            ReverseRelation reverse = f == null ? walk.model.reverseRelation(name) : null;
            if (f != null && f.relation().isKey()) {
                ModelMeta<?> target = Models.meta(f.target());
                boolean keyOnly = !last && !nextIsLookup && isKeyOf(target, parts.get(i + 1)) && (i + 2 == parts
                        .size() || isLookupOrTransform(parts.get(i + 2)));
                if (last || nextIsLookup || keyOnly) {
                    // The key column answers a comparison with the target's key: no join.
                    walk.arrive(walk.column(f.column()), target.pk(), f.nullable());
                    i += keyOnly ? 2 : 1;
                } else {
                    walk.follow(name, f, target);
                    i++;
                }
            } else if (f != null && f.relation() == Relation.MANY_TO_MANY) {
                ModelMeta<?> target = Models.meta(f.target());
                ManyToManyTables.Pairs pairs = ManyToManyTables.pairs(walk.model, f);
                walk.throughPairs(name, pairs.table(), pairs.ownerColumn(), walk.model, pairs.targetColumn(), target);
                i++;
                walk.keyIfEnd(i == parts.size() || isLookupOrTransform(parts.get(i)));
            } else if (f != null) {
                walk.arrive(walk.column(f.column()), f, f.nullable());
                i++;
            } else if (reverse != null) {
                ModelMeta<?> other = reverse.model();
                if (reverse.field().relation() == Relation.MANY_TO_MANY) {
                    ManyToManyTables.Pairs pairs = ManyToManyTables.pairs(other, reverse.field());
                    walk.throughPairs(name, pairs.table(), pairs.targetColumn(), walk.model, pairs.ownerColumn(),
                            other);
                } else {
                    walk.back(name, reverse);
                }
                i++;
                walk.keyIfEnd(i == parts.size() || isLookupOrTransform(parts.get(i)));
            } else {
                throw new FieldError("Cannot resolve keyword '" + name + "' into field of " + walk.model.type()
                        .getSimpleName() + ". Choices are: " + String.join(", ", walk.model.choices()));
            }
        }
        String sql = walk.sql;
        FieldMeta field = walk.field;
        String lookup = "exact";
        for (; i < parts.size(); i++) {
            String part = parts.get(i);
            if (!lookups) {
                throw new FieldError("'" + path + "': '" + part + "' is a lookup, which is not allowed here; name a "
                        + "field");
            }
            if (TRANSFORMS.contains(part) && field != null) {
                sql = c.dialect.datePart(part, sql);
                field = null;
            } else if (LOOKUPS.contains(part) && i == parts.size() - 1) {
                lookup = part;
            } else {
                throw new FieldError("Unsupported lookup '" + part + "' in '" + path + "'. Lookups are: "
                        + String.join(", ", new java.util.TreeSet<>(LOOKUPS)) + "; transforms: " + String.join(
                                ", ", new java.util.TreeSet<>(TRANSFORMS)));
            }
        }
        return new Resolved(sql, field, lookup, walk.nullable);
    }

    /**
     * Where a path has got to: the model and its alias, whether a NULL may have come in on the way, and the join
     * path that names each join (so that two lookups through the same relation share it). Ends when a column is
     * reached.
     */
    private static final class Walk {
        private final Compilation c;
        private ModelMeta<?> model;
        private String alias;
        private boolean nullable;
        private String joinPath = "";
        private String sql;
        private FieldMeta field;

        Walk(Compilation c, ModelMeta<?> model, String alias) {
            this.c = c;
            this.model = model;
            this.alias = alias;
        }

        String column(String column) {
            return c.column(alias, column);
        }

        void arrive(String columnSql, FieldMeta columnField, boolean mayBeNull) {
            sql = columnSql;
            field = columnField;
            nullable |= mayBeNull;
        }

        /** Along a key to its target: an outer join once anything on the way may be NULL. */
        void follow(String name, FieldMeta key, ModelMeta<?> target) {
            joinPath += "__" + name;
            boolean outer = nullable || key.nullable();
            String from = alias;
            alias = c.join(joinPath, target, outer, to -> c.column(to, target.pk().column()) + " = " + c.column(from,
                    key.column())).alias();
            model = target;
            nullable = outer;
        }

        /** Back along another model's key to the rows pointing here. */
        void back(String name, ReverseRelation reverse) {
            joinPath += "__" + name + (reverse.many() ? "[many]" : "");
            String from = alias;
            String here = model.pk().column();
            ModelMeta<?> other = reverse.model();
            alias = c.join(joinPath, other, true, to -> c.column(to, reverse.field().column()) + " = " + c.column(
                    from, here)).alias();
            model = other;
            nullable = true;
        }

        /** Through a table of pairs: this side's column, then the other side's, to {@code target}. */
        void throughPairs(String name, String table, String thisColumn, ModelMeta<?> here, String otherColumn,
                ModelMeta<?> target) {
            joinPath += "__" + name + "[many]";
            String from = alias;
            String hereKey = here.pk().column();
            String pairs = c.joinTable(joinPath + "[pairs]", table, true, to -> c.column(to, thisColumn) + " = " + c
                    .column(from, hereKey)).alias();
            alias = c.join(joinPath, target, true, to -> c.column(to, target.pk().column()) + " = " + c.column(pairs,
                    otherColumn)).alias();
            model = target;
            nullable = true;
        }

        /** A path that ends on a relation compares the related row's key. */
        void keyIfEnd(boolean end) {
            if (end) {
                arrive(column(model.pk().column()), model.pk(), true);
            }
        }
    }

    private static boolean isLookupOrTransform(String part) {
        return LOOKUPS.contains(part) || TRANSFORMS.contains(part);
    }

    private static boolean isKeyOf(ModelMeta<?> model, String name) {
        return name.equals("pk") || name.equals(model.pk().name());
    }
}
