package dev.cairn.contrib.forms;

import dev.cairn.db.Database;
import dev.cairn.db.Model;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.schema.ColumnSpec;
import dev.cairn.db.schema.TableSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets the rows a many-to-many relates an object to, on its table of pairs, as Django's {@code set()} does: the
 * pairs no longer wanted are deleted and the missing ones inserted, and the ones kept are left alone.
 *
 * <p>
 * The ORM's {@code Many} has no {@code set()} yet, so this writes the pairs table that {@link TableSpec#pairsOf}
 * describes; when {@code Many.set} lands this class gives way to it. It serves only pairs tables the ORM made (no
 * explicit {@code through} model, which {@link ModelFields} keeps off forms).
 */
final class Pairs {

    private Pairs() {}

    /** Makes {@code owner}'s relation through {@code field} hold exactly {@code targets}, in one atomic block. */
    static void set(Database db, Model owner, FieldMeta field, List<? extends Model> targets) {
        TableSpec pairs = TableSpec.pairsOf(owner.meta(), field);
        ColumnSpec ownerColumn = pairs.columns().get(1);
        ColumnSpec targetColumn = pairs.columns().get(2);
        String table = db.dialect().quote(pairs.name());
        String ownerName = db.dialect().quote(ownerColumn.name());
        String targetName = db.dialect().quote(targetColumn.name());
        Object ownerKey = db.dialect().toDatabase(ownerColumn.type(), owner.pk());
        Map<String, Object> wanted = new LinkedHashMap<>();
        for (Model target : targets) {
            // Keyed by the stored form as text, which is what a row gives back (a UUID as hex on SQLite, say).
            Object key = db.dialect().toDatabase(targetColumn.type(), target.pk());
            wanted.put(String.valueOf(key), key);
        }
        db.atomic(() -> {
            List<Object> present = db.query("SELECT " + targetName + " FROM " + table + " WHERE " + ownerName
                    + " = ?", List.of(ownerKey), rows -> rows.getObject(1));
            Set<String> have = present.stream().map(String::valueOf).collect(Collectors.toSet());
            List<Object> gone = present.stream().filter(key -> !wanted.containsKey(String.valueOf(key))).toList();
            if (!gone.isEmpty()) {
                List<Object> params = new ArrayList<>();
                params.add(ownerKey);
                params.addAll(gone);
                db.execute("DELETE FROM " + table + " WHERE " + ownerName + " = ? AND " + targetName + " IN ("
                        + String.join(", ", Collections.nCopies(gone.size(), "?")) + ")", params);
            }
            List<List<Object>> added = new ArrayList<>();
            wanted.forEach((text, key) -> {
                if (!have.contains(text)) {
                    added.add(List.of(ownerKey, key));
                }
            });
            db.executeBatch("INSERT INTO " + table + " (" + ownerName + ", " + targetName + ") VALUES (?, ?)",
                    added);
        });
    }
}
