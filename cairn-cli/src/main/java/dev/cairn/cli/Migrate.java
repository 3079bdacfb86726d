package dev.cairn.cli;

import dev.cairn.db.Database;
import dev.cairn.db.migrations.Migration;
import dev.cairn.db.migrations.Migrator;
import dev.cairn.db.migrations.Operation;
import dev.cairn.db.migrations.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cairn migrate [app [target]]}: brings the database's schema to the migrations, forward or back. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Applies migrations, or unapplies them back to TARGET ('zero' for all of APP's).")
final class Migrate implements Callable<Integer> {

    private final Commands.Context context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "APP", description = "Only this app (and what it needs).")
    String app;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TARGET", description = "The migration to end at.")
    String target;

    @Mixin
    Commands.DatabaseOption database;

    Migrate(Commands.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Database db = database.of(context);
        PrintWriter out = context.out();
        Migrator migrator = context.project().migrations().migrator(db, new Lines(out));
        List<Migrator.Step> plan = migrator.plan(app, target);
        out.println("Operations to perform:");
        out.println(target != null
                ? "  Target specific migration: " + target + ", from " + app
                : "  Apply all migrations: " + (app != null ? app : "every app"));
        out.println("Running migrations" + (db.dialect().transactionalDdl()
                ? ":"
                : " (" + db.dialect().name() + " commits each schema change as it runs):"));
        if (plan.isEmpty()) {
            out.println("  No migrations to apply.");
            return Cairn.OK;
        }
        migrator.migrate(app, target);
        return Cairn.OK;
    }

    /** Progress as lines: each migration, each of its operations with its time, and OK with the total. */
    private record Lines(PrintWriter out) implements Progress {
        @Override
        public void started(Migration migration, boolean forwards) {
            out.println("  " + (forwards ? "Applying " : "Unapplying ") + migration.key() + "...");
            out.flush();
        }

        @Override
        public void operationDone(Migration migration, int index, Operation operation, Duration took) {
            out.println("    [" + (index + 1) + "/" + migration.operations().size() + "] " + operation.describe()
                    + " (" + took.toMillis() + " ms)");
            out.flush();
        }

        @Override
        public void done(Migration migration, boolean forwards, Duration took) {
            out.println("  " + (forwards ? "Applied " : "Unapplied ") + migration.key() + ": OK (" + took.toMillis()
                    + " ms)");
            out.flush();
        }

        @Override
        public void skipped(Migration migration, boolean forwards) {
            out.println("  " + migration.key() + " was " + (forwards ? "applied" : "unapplied")
                    + " by another node meanwhile");
        }
    }
}
