package dev.cairn.db;

import dev.cairn.db.dialect.Dialect;
import dev.cairn.db.internal.Select;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Values;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns result rows into models (with their selectRelated targets and annotations) or into maps of values. */
final class Rows {

    private Rows() {}

    /** Reads one row as the root model of {@code plan}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <M extends Model> RowMapper<M> models(Select.Plan plan, Database database) {
        Dialect dialect = database.dialect();
        String name = database.name();
        return rows -> {
            Model[] made = new Model[plan.models().size()];
            for (int i = 0; i < made.length; i++) {
                made[i] = plan.models().get(i).meta().newInstance();
            }
            boolean[] present = new boolean[made.length];
            int index = 1;
            for (Select.Column column : plan.columns()) {
                if (column.model() < 0) {
                    made[0].annotate(column.name(), column.field() == null
                            ? rows.getObject(index++)
                            : javaValue(column.field(), read(dialect, column.field(), rows, index++)));
                    continue;
                }
                Model target = made[column.model()];
                Object value = read(dialect, column.field(), rows, index++);
                if (column.field().primaryKey() && value != null) {
                    present[column.model()] = true;
                }
                assign(column.field(), target, value, name);
            }
            for (int i = 0; i < made.length; i++) {
                made[i].loaded(name);
                Select.Loaded loaded = plan.models().get(i);
                if (loaded.parent() >= 0) {
                    Ref ref = (Ref) loaded.via().get(made[loaded.parent()]);
                    ref.loaded(present[i] ? made[i] : null, name);
                }
            }
            return (M) made[0];
        };
    }

    /** Reads one row as a map from each column's name to its value. */
    static RowMapper<Map<String, Object>> values(Select.Plan plan, Dialect dialect) {
        return rows -> {
            Map<String, Object> row = new LinkedHashMap<>();
            int index = 1;
            for (Select.Column column : plan.columns()) {
                Object value = column.field() == null
                        ? rows.getObject(index)
                        : javaValue(column.field(), read(dialect, column.field(), rows, index));
                row.put(column.name(), value);
                index++;
            }
            return row;
        };
    }

    private static Object read(Dialect dialect, FieldMeta field, ResultSet rows, int index) throws SQLException {
        return dialect.fromDatabase(field.columnType(), rows, index);
    }

    /** A column's value as the field's Java type; a key stays the key. */
    static Object javaValue(FieldMeta field, Object value) {
        if (field.relation().isKey()) {
            ModelMeta<?> target = dev.cairn.db.meta.Models.meta(field.target());
            return Values.toJava(target.pk().javaType(), value);
        }
        return Values.toJava(field.javaType(), value);
    }

    @SuppressWarnings("rawtypes")
    static void assign(FieldMeta field, Model model, Object value, String database) {
        if (field.relation().isKey()) {
            ((Ref) field.get(model)).fromRow(javaValue(field, value), database);
        } else {
            field.set(model, Values.toJava(field.javaType(), value));
        }
    }
}
