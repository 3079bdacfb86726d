package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.cli.blog.Comment;
import dev.cairn.cli.blog.Post;
import dev.cairn.db.Databases;
import dev.cairn.db.Model;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The commands run in-process as a site's Main runs them, their output and exit codes captured. */
class CairnTest {

    @TempDir
    Path folder;
    Databases databases;

    /** What a command printed, and its exit code. */
    record Run(int code, String out, String err) {}

    @BeforeEach
    void open() {
        databases = Databases.open(Map.of("default", "sqlite:///" + folder.resolve("site.db")));
    }

    @AfterEach
    void close() {
        databases.close();
    }

    private Run run(List<Class<? extends Model>> models, String... args) {
        Project project = Project.builder().models(models).migrationsFolder(folder.resolve("migrations")).databases(
                () -> databases).build();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cairn.run(project, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(List.of(Post.class), args);
    }

    @Test
    void aSiteMakesShowsAppliesAndUnappliesItsMigrations() {
        Run made = run("makemigrations");
        assertEquals(0, made.code(), made.err());
        assertEquals("Migrations for 'blog':\n  " + folder.resolve("migrations/blog/0001_initial.json") + "\n"
                + "    - Create model Post\n", made.out());
        assertEquals("No changes detected\n", run("makemigrations").out());
        assertEquals("No changes detected in app 'blog'\n", run("makemigrations", "blog").out());
        assertEquals("blog\n [ ] 0001_initial\n", run("showmigrations").out());

        Run sql = run("sqlmigrate", "blog", "0001");
        assertEquals(0, sql.code(), sql.err());
        assertTrue(sql.out().startsWith("BEGIN;\n-- Create model Post\nCREATE TABLE \"blog_post\" ("), sql.out());
        assertTrue(sql.out().endsWith("COMMIT;\n"), sql.out());
        assertEquals("blog\n [ ] 0001_initial\n", run("showmigrations").out(), "sqlmigrate ran nothing");

        Run applied = run("migrate");
        assertEquals(0, applied.code(), applied.err());
        assertTrue(applied.out().startsWith("Operations to perform:\n  Apply all migrations: every app\nRunning "
                + "migrations:\n  Applying blog.0001_initial...\n    [1/1] Create model Post ("), applied.out());
        assertTrue(applied.out().contains("  Applied blog.0001_initial: OK ("), applied.out());
        assertEquals("blog\n [X] 0001_initial\n", run("showmigrations", "blog").out());
        assertTrue(run("migrate").out().endsWith("  No migrations to apply.\n"));

        Run more = run(List.of(Post.class, Comment.class), "makemigrations");
        assertTrue(more.out().contains("0002_comment.json\n    - Create model Comment\n"), more.out());
        assertEquals(0, run(List.of(Post.class, Comment.class), "migrate").code());
        Run back = run("migrate", "blog", "0001_initial");
        assertEquals(0, back.code(), back.err());
        assertTrue(back.out().contains("  Unapplying blog.0002_comment...\n    [1/1] Create model Comment ("), back
                .out());
        assertEquals("blog\n [X] 0001_initial\n [ ] 0002_comment\n", run("showmigrations").out());
        assertEquals(0, run("migrate", "blog", "zero").code());
        assertEquals("blog\n [ ] 0001_initial\n [ ] 0002_comment\n", run("showmigrations").out());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(List.of("migrate", "nope"), "error: app 'nope' has no migrations; apps with "
                        + "migrations: [blog]"),
                Arguments.of(List.of("migrate", "blog", "0009"), "error: app 'blog' has no migration named '0009'; "
                        + "app 'blog' has: 0001_initial"),
                Arguments.of(List.of("sqlmigrate", "blog", "0009"), "error: app 'blog' has no migration named "
                        + "'0009'"),
                Arguments.of(List.of("makemigrations", "nope"), "error: unknown app 'nope'; the project's apps: "
                        + "[blog]"),
                Arguments.of(List.of("showmigrations", "nope"), "error: unknown app 'nope'"),
                Arguments.of(List.of("migrate", "--database", "reports"), "error: no database is named 'reports'; "
                        + "there are: default"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeFailsWithAClearMessage(List<String> args, String message) {
        run("makemigrations");
        Run run = run(args.toArray(String[]::new));
        assertEquals(Cairn.FAILED, run.code());
        assertTrue(run.err().startsWith(message), run.err());
    }

    @Test
    void conflictingMigrationsAreRefusedWithTheFix() throws Exception {
        run("makemigrations");
        Path blog = folder.resolve("migrations/blog");
        String empty = "{\"dependencies\": [[\"blog\", \"0001_initial\"]], \"operations\": []}";
        Files.writeString(blog.resolve("0002_a.json"), empty);
        Files.writeString(blog.resolve("0002_b.json"), empty);
        for (String command : List.of("migrate", "makemigrations")) {
            Run run = run(command);
            assertEquals(Cairn.FAILED, run.code());
            assertTrue(run.err().contains("app 'blog' ends in 2 migrations that do not depend on each other: "
                    + "[0002_a, 0002_b]"), run.err());
            assertTrue(run.err().contains("To fix it, make one depend on the other"), run.err());
        }
    }

    @Test
    void aMalformedFileIsNamedWithItsLine() throws Exception {
        run("makemigrations");
        Path broken = folder.resolve("migrations/blog/0002_broken.json");
        Files.writeString(broken, "{\n  \"dependencies\": [[\"blog\", \"0001_initial\"]]\n  \"operations\": []\n}\n");
        Run run = run("migrate");
        assertEquals(Cairn.FAILED, run.code());
        assertTrue(run.err().startsWith("error: " + broken + ":3:"), run.err());
    }

    @Test
    void aMissingDependencyIsNamed() throws Exception {
        run("makemigrations");
        Files.writeString(folder.resolve("migrations/blog/0002_x.json"), "{\"dependencies\": [[\"shop\", "
                + "\"0001_initial\"]], \"operations\": []}");
        Run run = run("showmigrations");
        assertEquals(Cairn.FAILED, run.code());
        assertTrue(run.err().contains("depends on shop.0001_initial, which no migration file defines; app 'shop' "
                + "has no migrations"), run.err());
    }

    @Test
    void aCommandLineThatDoesNotParseIsAUsageError() {
        Run unknown = run("runserverr");
        assertEquals(Cairn.USAGE, unknown.code());
        assertTrue(unknown.err().contains("Unmatched argument"), unknown.err());
        Run help = run();
        assertEquals(0, help.code());
        assertTrue(help.out().contains("makemigrations") && help.out().contains("sqlmigrate"), help.out());
    }
}
