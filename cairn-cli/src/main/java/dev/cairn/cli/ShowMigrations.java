package dev.cairn.cli;

import dev.cairn.db.migrations.Migration;
import dev.cairn.db.migrations.MigrationGraph;
import dev.cairn.db.migrations.Migrations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cairn showmigrations [app...]}: each app's migrations, {@code [X]} where applied. */
@Command(name = "showmigrations", mixinStandardHelpOptions = true, description = "Lists each app's migrations, [X] where the database has applied them.")
final class ShowMigrations implements Callable<Integer> {

    private final Commands.Context context;

    @Parameters(paramLabel = "APP", description = "Only these apps.")
    List<String> apps = new ArrayList<>();

    @Mixin
    Commands.DatabaseOption database;

    ShowMigrations(Commands.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Migrations migrations = context.project().migrations();
        migrations.requireApps(apps);
        Set<String> known = migrations.apps();
        MigrationGraph graph = migrations.graph();
        Set<Migration.Key> applied = migrations
                .migrator(database.of(context), dev.cairn.db.migrations.Progress.NONE).applied();
        for (String app : apps.isEmpty() ? known : apps) {
            context.out().println(app);
            List<Migration> list = graph.migrations(app);
            if (list.isEmpty()) {
                context.out().println(" (no migrations)");
            }
            for (Migration migration : list) {
                context.out().println(" [" + (applied.contains(migration.key()) ? "X" : " ") + "] " + migration
                        .name());
            }
        }
        return Cairn.OK;
    }
}
