package dev.cairn.cli;

import dev.cairn.db.Database;
import dev.cairn.db.migrations.Migration;
import dev.cairn.db.migrations.MigrationGraph;
import dev.cairn.db.migrations.Migrations;
import dev.cairn.db.migrations.Progress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn sqlmigrate app name}: the SQL a migration runs on the database, without running it. */
@Command(name = "sqlmigrate", mixinStandardHelpOptions = true, description = "Prints the SQL of a migration for the database, without running it.")
final class SqlMigrate implements Callable<Integer> {

    private final Commands.Context context;

    @Parameters(index = "0", paramLabel = "APP")
    String app;

    @Parameters(index = "1", paramLabel = "MIGRATION", description = "Its name, or the start of it (0002).")
    String name;

    @Option(names = "--backwards", description = "The SQL that unapplies it.")
    boolean backwards;

    @Mixin
    Commands.DatabaseOption database;

    SqlMigrate(Commands.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Migrations migrations = context.project().migrations();
        MigrationGraph graph = migrations.graph();
        graph.requireApp(app);
        Migration migration = graph.find(app, name);
        Database db = database.of(context);
        boolean transaction = db.dialect().transactionalDdl();
        if (transaction) {
            context.out().println("BEGIN;");
        }
        migrations.migrator(db, Progress.NONE).sql(migration, !backwards).forEach(context.out()::println);
        if (transaction) {
            context.out().println("COMMIT;");
        }
        return Cairn.OK;
    }
}
