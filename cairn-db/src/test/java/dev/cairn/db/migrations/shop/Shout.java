package dev.cairn.db.migrations.shop;

import dev.cairn.db.Database;
import dev.cairn.db.migrations.DataMigration;
import java.util.List;

/** A data migration: every item's name in capitals and back (names start in lower case in the tests). */
public class Shout implements DataMigration {

    /** For RunJava. */
    public Shout() {}

    @Override
    public void forward(Database database) {
        change(database, true);
    }

    @Override
    public void backward(Database database) {
        change(database, false);
    }

    private static void change(Database database, boolean upper) {
        String table = database.dialect().quote("shop_item");
        List<Object[]> rows = database.query("SELECT id, " + database.dialect().quote("name") + " FROM " + table,
                List.of(), r -> new Object[]{r.getLong(1), r.getString(2)});
        for (Object[] row : rows) {
            String name = (String) row[1];
            database.execute("UPDATE " + table + " SET " + database.dialect().quote("name") + " = ? WHERE id = ?",
                    List.of(upper ? name.toUpperCase(java.util.Locale.ROOT) : name.toLowerCase(java.util.Locale.ROOT),
                            row[0]));
        }
    }
}
