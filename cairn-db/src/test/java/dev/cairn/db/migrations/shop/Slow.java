package dev.cairn.db.migrations.shop;

import dev.cairn.db.Database;
import dev.cairn.db.migrations.DataMigration;

/** A data migration that takes a while, so that two nodes migrating at once overlap; it cannot be undone. */
public class Slow implements DataMigration {

    /** For RunJava. */
    public Slow() {}

    @Override
    public void forward(Database database) {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
