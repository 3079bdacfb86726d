package dev.cairn.db.migrations;

import dev.cairn.db.Database;
import dev.cairn.db.DatabaseException;
import dev.cairn.db.Param;
import dev.cairn.db.Sql;
import dev.cairn.db.migrations.Migration.Key;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Applies and unapplies migrations on one database, records them in its {@link History}, and writes their SQL
 * without running it.
 *
 * <p>
 * Each migration runs in a block of its own: 1. take the {@link MigrationLock}; 2. read the history again, and skip
 * the migration if another node applied it meanwhile; 3. run its operations in order, telling {@link Progress}
 * after each; 4. record it; 5. commit. Where DDL is transactional (SQLite, PostgreSQL) a failure rolls the whole
 * migration back; MariaDB commits each DDL statement as it runs, so a failure there leaves the statements before it
 * done and the migration unrecorded, and the error says so.
 */
public final class Migrator {

    private final Database database;
    private final MigrationGraph graph;
    private final Progress progress;
    private final History history;

    /**
     * A migrator of {@code database} through the migrations of {@code graph}.
     *
     * @param progress told of each step; {@link Progress#NONE} for nothing
     */
    public Migrator(Database database, MigrationGraph graph, Progress progress) {
        this.database = database;
        this.graph = graph;
        this.progress = progress;
        this.history = new History(database);
    }

    /**
     * A migration to apply ({@code forwards}) or unapply.
     *
     * @param migration the migration
     * @param forwards  true to apply it
     */
    public record Step(Migration migration, boolean forwards) {}

    /** The migrations the database has applied; none when it has no history table yet. */
    public Set<Key> applied() {
        try {
            return history.applied();
        } catch (DatabaseException e) {
            return new TreeSet<>();
        }
    }

    /**
     * What {@link #migrate} would do: every migration (of {@code app} and those it needs, when named) not yet
     * applied; or, with a {@code target}, the database brought to just after it: forward to it when it is not
     * applied, back to it when it is ({@code zero} unapplies all of the app's migrations).
     *
     * @throws MigrationError for conflicting migrations, an unknown app or target, or a step back that cannot be
     *                        undone
     */
    public List<Step> plan(String app, String target) {
        graph.checkConflicts();
        if (app != null) {
            graph.requireApp(app);
        }
        Set<Key> applied = applied();
        List<Step> steps = new ArrayList<>();
        if (target == null) {
            List<Migration> wanted = app == null ? graph.order() : ancestorsOfApp(app);
            wanted.stream().filter(m -> !applied.contains(m.key())).forEach(m -> steps.add(new Step(m, true)));
            return steps;
        }
        if (app == null) {
            throw new MigrationError("a target migration needs its app: migrate <app> <migration>");
        }
        List<Migration> back;
        if (target.equals("zero")) {
            back = new ArrayList<>();
            for (Migration first : graph.migrations(app)) {
                graph.descendants(first.key()).stream().filter(m -> !back.contains(m)).forEach(back::add);
            }
            back.sort(java.util.Comparator.comparingInt(graph.order()::indexOf));
        } else {
            Migration migration = graph.find(app, target);
            if (!applied.contains(migration.key())) {
                graph.ancestors(migration.key()).stream().filter(m -> !applied.contains(m.key())).forEach(m -> steps
                        .add(new Step(m, true)));
                return steps;
            }
            back = new ArrayList<>(graph.descendants(migration.key()));
            back.removeFirst();
        }
        for (Migration migration : back.reversed()) {
            if (applied.contains(migration.key())) {
                steps.add(new Step(migration, false));
            }
        }
        for (Step step : steps) {
            step.migration().operations().stream().filter(o -> !o.reversible()).findFirst().ifPresent(o -> {
                throw new MigrationError("cannot unapply " + step.migration().key() + ": its operation '" + o
                        .describe() + "' cannot be reversed (its DataMigration has no backward step); nothing was "
                        + "done");
            });
        }
        return steps;
    }

    private List<Migration> ancestorsOfApp(String app) {
        List<Migration> wanted = new ArrayList<>();
        for (Key leaf : graph.leaves(app)) {
            graph.ancestors(leaf).stream().filter(m -> !wanted.contains(m)).forEach(wanted::add);
        }
        wanted.sort(java.util.Comparator.comparingInt(graph.order()::indexOf));
        return wanted;
    }

    /**
     * Brings the database to the plan's end ({@link #plan}), one migration at a time.
     *
     * @return the steps this node took (those another node took meanwhile left out)
     */
    public List<Step> migrate(String app, String target) {
        ReentrantLock local = MigrationLock.local(database);
        local.lock();
        try {
            MigrationLock.prepare(database);
        } finally {
            local.unlock();
        }
        locked(history::ensure);
        List<Step> taken = new ArrayList<>();
        for (Step step : plan(app, target)) {
            if (run(step)) {
                taken.add(step);
            }
        }
        return taken;
    }

    /** Runs one step in its block; false when another node had taken it. */
    private boolean run(Step step) {
        Migration migration = step.migration();
        boolean[] ran = {false};
        long start = System.nanoTime();
        try {
            locked(() -> {
                Set<Key> applied = history.applied();
                if (applied.contains(migration.key()) == step.forwards()) {
                    progress.skipped(migration, step.forwards());
                    return;
                }
                progress.started(migration, step.forwards());
                if (step.forwards()) {
                    forwards(migration);
                    history.recordApplied(migration.key());
                } else {
                    backwards(migration);
                    history.recordUnapplied(migration.key());
                }
                ran[0] = true;
            });
        } catch (RuntimeException e) {
            String partly = database.dialect().transactionalDdl()
                    ? "it was rolled back"
                    : database.dialect().name() + " commits each schema change as it runs, so the statements before "
                            + "the failing one stay done; it was not recorded";
            throw new MigrationError((step.forwards() ? "applying " : "unapplying ") + migration.key() + " failed ("
                    + partly + "): " + e.getMessage(), e);
        }
        if (ran[0]) {
            progress.done(migration, step.forwards(), Duration.ofNanos(System.nanoTime() - start));
        }
        return ran[0];
    }

    private void forwards(Migration migration) {
        ProjectState state = graph.stateBefore(migration.key());
        List<Operation> operations = migration.operations();
        for (int i = 0; i < operations.size(); i++) {
            long start = System.nanoTime();
            Operation operation = operations.get(i);
            ProjectState after = state.copy();
            operation.apply(migration.app(), after);
            if (operation instanceof Operation.RunJava java) {
                java.instance().forward(database);
            }
            execute(operation.forwards(migration.app(), state, after, database.dialect()));
            state = after;
            progress.operationDone(migration, i, operation, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private void backwards(Migration migration) {
        List<ProjectState> states = states(migration);
        List<Operation> operations = migration.operations();
        for (int i = operations.size() - 1; i >= 0; i--) {
            long start = System.nanoTime();
            Operation operation = operations.get(i);
            if (operation instanceof Operation.RunJava java) {
                java.instance().backward(database);
            }
            execute(operation.backwards(migration.app(), states.get(i), states.get(i + 1), database.dialect()));
            progress.operationDone(migration, i, operation, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The states before each operation of a migration, and after the last. */
    private List<ProjectState> states(Migration migration) {
        List<ProjectState> states = new ArrayList<>();
        ProjectState state = graph.stateBefore(migration.key());
        states.add(state);
        for (Operation operation : migration.operations()) {
            state = state.copy();
            operation.apply(migration.app(), state);
            states.add(state);
        }
        return states;
    }

    private void execute(List<Sql> statements) {
        for (Sql sql : statements) {
            database.execute(sql.text(), sql.parameters());
        }
    }

    /** Runs {@code work} in a block holding the migration lock. */
    private void locked(Runnable work) {
        ReentrantLock local = MigrationLock.local(database);
        local.lock();
        try {
            database.atomic(() -> {
                MigrationLock.acquire(database);
                boolean succeeded = false;
                try {
                    work.run();
                    succeeded = true;
                } finally {
                    MigrationLock.release(database, succeeded);
                }
            });
        } finally {
            local.unlock();
        }
    }

    /**
     * The SQL a migration runs on this database, forwards or backwards, without running it: a comment line naming
     * each operation, then its statements, each ending in {@code ;} and followed by its parameters in a comment.
     */
    public List<String> sql(Migration migration, boolean forwards) {
        List<ProjectState> states = states(migration);
        List<String> lines = new ArrayList<>();
        List<Operation> operations = migration.operations();
        for (int n = 0; n < operations.size(); n++) {
            int i = forwards ? n : operations.size() - 1 - n;
            Operation operation = operations.get(i);
            lines.add("-- " + (forwards ? "" : "Undo: ") + operation.describe()
                    + (operation instanceof Operation.RunJava
                            ? (forwards ? " (forward)" : " (backward)") + ": Java code, no SQL of its own"
                            : ""));
            List<Sql> statements = forwards
                    ? operation.forwards(migration.app(), states.get(i), states.get(i + 1), database.dialect())
                    : operation.backwards(migration.app(), states.get(i), states.get(i + 1), database.dialect());
            for (Sql sql : statements) {
                List<Object> values = sql.parameters().stream().map(p -> p instanceof Param param ? param.value() : p)
                        .toList();
                lines.add(sql.text() + ";" + (values.isEmpty() ? "" : " -- parameters: " + values));
            }
        }
        return lines;
    }
}
