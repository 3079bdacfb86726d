package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.Databases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command a module above the command line adds through Project.Builder.command, run as the built-in ones are. */
class AddedCommandTest {

    @TempDir
    Path folder;

    /** Counts the rows of a table in the project's database, as contrib's commands reach theirs. */
    @Command(name = "countrows", mixinStandardHelpOptions = true, description = "Counts a table's rows.")
    static final class CountRows implements Callable<Integer> {
        private final Project project;

        @Spec
        CommandSpec spec;

        @Option(names = "--table", required = true)
        String table;

        CountRows(Project project) {
            this.project = project;
        }

        @Override
        public Integer call() {
            long rows = project.databases().defaultDatabase().query("SELECT COUNT(*) FROM " + table,
                    java.util.List.of(), r -> r.getLong(1)).getFirst();
            spec.commandLine().getOut().println(table + ": " + rows + " rows");
            return Cairn.OK;
        }
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                // the arguments, the exit code, what it printed to standard output, and to standard error
                Arguments.of(new String[]{"countrows", "--table", "t"}, Cairn.OK, "t: 2 rows\n", ""),
                Arguments.of(new String[]{"countrows", "--table", "missing"}, Cairn.FAILED, "", "error: "),
                Arguments.of(new String[]{"countrows"}, Cairn.USAGE, "", "Missing required option: '--table="),
                Arguments.of(new String[]{"--help"}, Cairn.OK, "countrows", ""));
    }

    @ParameterizedTest
    @MethodSource
    void runs(String[] args, int code, String out, String err) {
        try (Databases databases = Databases.open(Map.of("default", "sqlite:///" + folder.resolve("site.db")))) {
            databases.defaultDatabase().execute("CREATE TABLE t (id INTEGER)", java.util.List.of());
            databases.defaultDatabase().execute("INSERT INTO t VALUES (1), (2)", java.util.List.of());
            Project project = Project.builder().migrationsFolder(folder.resolve("migrations")).databases(
                    () -> databases).command(CountRows::new).build();
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            assertEquals(code, Cairn.run(project, new PrintWriter(stdout), new PrintWriter(stderr), args),
                    stderr.toString());
            if (args[0].equals("--help")) {
                assertTrue(stdout.toString().contains(out), "the root's help lists the added command: " + stdout);
            } else {
                assertEquals(out, stdout.toString());
            }
            assertTrue(stderr.toString().startsWith(err), stderr.toString());
        }
    }
}
