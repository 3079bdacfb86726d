package dev.cairn.cli;

import dev.cairn.db.migrations.Migrations;
import dev.cairn.db.migrations.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn makemigrations [app...]}: writes a migration for each app whose models changed. */
@Command(name = "makemigrations", mixinStandardHelpOptions = true, description = "Writes a migration file for each app whose models changed.")
final class MakeMigrations implements Callable<Integer> {

    private final Commands.Context context;

    @Parameters(paramLabel = "APP", description = "Only these apps.")
    List<String> apps = new ArrayList<>();

    @Option(names = "--name", description = "The name after the number, instead of one made from the operations.")
    String name;

    @Option(names = "--empty", description = "An empty migration for each APP, to write a RunJava operation into.")
    boolean empty;

    @Option(names = "--dry-run", description = "Show what would be written, and write nothing.")
    boolean dryRun;

    @Option(names = "--rename", paramLabel = "app.Model.old=new", description = "A field renamed, when the rule cannot tell (repeatable).")
    List<String> renames = new ArrayList<>();

    MakeMigrations(Commands.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Migrations migrations = context.project().migrations();
        var selected = new LinkedHashSet<>(apps);
        List<Migrations.Written> written = empty
                ? migrations.makeEmpty(selected, name, dryRun)
                : migrations.makeMigrations(selected, name, renames, dryRun);
        if (written.isEmpty()) {
            context.out().println(apps.isEmpty()
                    ? "No changes detected"
                    : "No changes detected in " + (apps.size() == 1
                            ? "app '" + apps.getFirst() + "'"
                            : "apps "
                                    + apps));
            return Cairn.OK;
        }
        for (Migrations.Written file : written) {
            context.out().println("Migrations for '" + file.migration().app() + "':");
            context.out().println("  " + file.path() + (dryRun ? " (dry run: not written)" : ""));
            for (Operation operation : file.migration().operations()) {
                context.out().println("    - " + operation.describe());
            }
        }
        return Cairn.OK;
    }
}
