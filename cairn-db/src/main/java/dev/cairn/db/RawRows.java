package dev.cairn.db;

import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import java.sql.ResultSetMetaData;
import java.util.Locale;

/**
 * Rows of hand-written SQL read as models (Django's {@code Manager.raw}): each column whose name is a field's
 * column fills that field, any other column becomes an annotation, and the primary key must be among them.
 */
final class RawRows {

    private RawRows() {}

    static <M extends Model> RowMapper<M> mapper(ModelMeta<M> meta, Database db, String sql) {
        return rows -> {
            ResultSetMetaData columns = rows.getMetaData();
            M model = meta.newInstance();
            boolean keyed = false;
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                String label = columns.getColumnLabel(i);
                FieldMeta field = byColumn(meta, label);
                if (field == null) {
                    model.annotate(label, rows.getObject(i));
                    continue;
                }
                keyed |= field.primaryKey();
                Rows.assign(field, model, db.dialect().fromDatabase(field.columnType(), rows, i), db.name());
            }
            if (!keyed) {
                throw new ProgrammingError("Raw query must include the primary key column '" + meta.pk().column()
                        + "' of " + meta.type().getSimpleName(), sql, java.util.List.of(), null);
            }
            model.loaded(db.name());
            return model;
        };
    }

    private static FieldMeta byColumn(ModelMeta<?> meta, String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        for (FieldMeta field : meta.concreteFields()) {
            if (field.column().toLowerCase(Locale.ROOT).equals(wanted)) {
                return field;
            }
        }
        return null;
    }
}
