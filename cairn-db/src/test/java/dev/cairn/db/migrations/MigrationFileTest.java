package dev.cairn.db.migrations;

import static dev.cairn.db.migrations.States.chars;
import static dev.cairn.db.migrations.States.id;
import static dev.cairn.db.migrations.States.key;
import static dev.cairn.db.migrations.States.many;
import static dev.cairn.db.migrations.States.model;
import static dev.cairn.db.migrations.States.nullable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Relation;
import dev.cairn.db.migrations.Migration.Key;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Migration files written and read back, and the errors for files and graphs that are wrong. */
class MigrationFileTest {

    static Migration everyOperation() {
        FieldState price = new FieldState("price", "cost", ColumnType.decimal(8, 2), true, false, false, true,
                Relation.NONE, null, null);
        ModelState book = model("Book", id(), chars("title", 100), price, key("author", "people.Author"), many("tags",
                "shop.Tag")).withIndexes(List.of(
                        new ModelMeta.IndexMeta("shop_book_title_idx", List.of("title",
                                "-cost"), true)))
                .withUniqueTogether(List.of(List.of("title", "author"))).withChecks(List.of(
                        new ModelMeta.CheckMeta("price_positive", "price__gte", "0")));
        List<Operation> operations = List.of(new Operation.CreateModel(book), new Operation.AddField("Book", chars(
                "isbn", 13), "none"), new Operation.AlterField("Book", nullable(chars("isbn", 20)), null),
                new Operation.RenameField("Book", "isbn", "code"), new Operation.RemoveField("Book", "code"),
                new Operation.RenameModel("Book", "Novel", null), new Operation.RenameModel("Novel", "Book",
                        "shop_books"),
                new Operation.AddIndex("Book", new ModelMeta.IndexMeta("i", List.of("title"), false)),
                new Operation.RemoveIndex("Book", "i"), new Operation.AddConstraint("Book", new Operation.Constraint(
                        List.of("title"), null)),
                new Operation.RemoveConstraint("Book", new Operation.Constraint(null,
                        new ModelMeta.CheckMeta("c", "price__lt", "100"))),
                new Operation.DeleteModel("Book"),
                new Operation.RunJava("com.example.Fill"));
        return new Migration("shop", "0002_everything", List.of(new Key("shop", "0001_initial"), new Key("people",
                "0001_initial")), operations, null);
    }

    @Test
    void aWrittenMigrationReadsBackTheSame() {
        Migration migration = everyOperation();
        String text = MigrationFile.write(migration);
        Migration read = MigrationFile.read("shop", "0002_everything", text, "0002_everything.json");
        assertEquals(migration.operations(), read.operations());
        assertEquals(migration.dependencies(), read.dependencies());
        assertEquals(text, MigrationFile.write(read));
    }

    @Test
    void aFieldIsOneLineOfTheFile() {
        String text = MigrationFile.write(everyOperation());
        assertTrue(text.contains("{\"op\": \"RenameModel\", \"from\": \"Book\", \"to\": \"Novel\"}"), text);
        assertTrue(text.contains("\"from\": \"Novel\", \"to\": \"Book\", \"table\": \"shop_books\"}"), text);
        assertTrue(text.contains("\n        {\"name\": \"title\", \"type\": \"char\", \"maxLength\": 100},\n"), text);
        assertTrue(text.contains("{\"name\": \"author\", \"type\": \"foreign_key\", \"to\": \"people.Author\", "
                + "\"index\": true}"), text);
        assertTrue(text.contains("\"dependencies\": [[\"shop\", \"0001_initial\"], [\"people\", \"0001_initial\"]]"),
                text);
        assertTrue(text.endsWith("}\n"));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("{\n  \"dependencies\": [],\n  \"operations\": [,]\n}", "bad.json:3:"),
                Arguments.of("[]", "bad.json: a migration file holds one JSON object"),
                Arguments.of("{\"dependencies\": []}", "bad.json: 'operations' is missing"),
                Arguments.of("{\"dependencies\": [[\"a\"]], \"operations\": []}", "bad.json: dependencies[0]: a "
                        + "dependency is [\"<app>\", \"<migration>\"]"),
                Arguments.of("{\"dependencies\": [], \"operations\": [{\"op\": \"Drop\"}]}",
                        "bad.json: operations[0].op: unknown operation 'Drop'"),
                Arguments.of("{\"dependencies\": [], \"operations\": [{\"op\": \"AddField\", \"model\": \"B\", "
                        + "\"field\": {\"name\": \"x\", \"type\": \"chars\"}}]}",
                        "bad.json: operations[0].field.type: unknown type 'chars'"),
                Arguments.of("{\"dependencies\": [], \"operations\": [{\"op\": \"AddField\", \"model\": \"B\", "
                        + "\"field\": {\"name\": \"x\", \"type\": \"char\"}}]}",
                        "bad.json: operations[0].field: a CHAR column needs a max length above 0"),
                Arguments.of("{\"dependencies\": [], \"operations\": [{\"op\": \"AddField\", \"model\": \"B\", "
                        + "\"field\": {\"name\": \"x\", \"type\": \"text\", \"null\": \"yes\"}}]}",
                        "bad.json: operations[0].field.null: should be true or false"),
                Arguments.of("{\"dependencies\": [], \"operations\": [{\"op\": \"RenameModel\", \"from\": \"B\"}]}",
                        "bad.json: operations[0]: 'to' is missing"),
                Arguments.of("{\"dependencies\": [], \"operations\": [{\"op\": \"RenameModel\", \"from\": \"B\", "
                        + "\"to\": 7}]}", "bad.json: operations[0].to: should be text"),
                Arguments.of("{\"name\": \"0009_other\", \"dependencies\": [], \"operations\": []}",
                        "bad.json: says its name is '0009_other' but the file is named '0001_x'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedNamingTheFileAndWhere(String text, String message) {
        MigrationError error = assertThrows(MigrationError.class, () -> MigrationFile.read("shop", "0001_x", text,
                "bad.json"));
        assertTrue(error.getMessage().startsWith(message), error.getMessage());
    }

    private static Migration migration(String app, String name, Key... dependencies) {
        return new Migration(app, name, List.of(dependencies), List.of(), app + "/" + name + ".json");
    }

    @Test
    void theGraphOrdersDependenciesAcrossApps() {
        MigrationGraph graph = new MigrationGraph(List.of(migration("shop", "0001_initial", new Key("people",
                "0001_initial")), migration("people", "0001_initial"), migration("shop", "0002_more",
                        new Key("shop",
                                "0001_initial"),
                        new Key("people", "0002_more")),
                migration("people", "0002_more", new Key(
                        "people", "0001_initial"))));
        assertEquals(List.of("people.0001_initial", "people.0002_more", "shop.0001_initial", "shop.0002_more"), graph
                .order().stream().map(m -> m.key().toString()).toList());
        assertEquals(List.of(new Key("shop", "0002_more")), graph.leaves("shop"));
        assertEquals("0002_more", graph.find("shop", "0002").name());
    }

    static Stream<Arguments> badGraphs() {
        return Stream.of(
                Arguments.of(List.of(migration("shop", "0002_x", new Key("shop", "0001_gone"))),
                        "shop.0002_x (shop/0002_x.json) depends on shop.0001_gone, which no migration file defines; "
                                + "app 'shop' has: 0002_x"),
                Arguments.of(List.of(migration("a", "1", new Key("b", "1")), migration("b", "1", new Key("a", "1"))),
                        "the migrations depend on each other in a circle: [a.1, b.1] -> a.1"),
                Arguments.of(List.of(migration("a", "1"), migration("a", "1")), "two migrations are named a.1"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badGraphs")
    void aBadGraphIsRefused(List<Migration> migrations, String message) {
        MigrationError error = assertThrows(MigrationError.class, () -> new MigrationGraph(migrations));
        assertTrue(error.getMessage().startsWith(message), error.getMessage());
    }

    @Test
    void twoLeavesInAnAppAreAConflictWithTheFix() {
        MigrationGraph graph = new MigrationGraph(List.of(migration("shop", "0001_initial"), migration("shop",
                "0002_a", new Key("shop", "0001_initial")),
                migration("shop", "0002_b", new Key("shop",
                        "0001_initial"))));
        MigrationError error = assertThrows(MigrationError.class, graph::checkConflicts);
        assertTrue(error.getMessage().contains("app 'shop' ends in 2 migrations that do not depend on each other: "
                + "[0002_a, 0002_b]"), error.getMessage());
        assertTrue(error.getMessage().contains("To fix it, make one depend on the other"), error.getMessage());
    }

    @Test
    void anUnknownOrAmbiguousTargetIsRefused() {
        MigrationGraph graph = new MigrationGraph(List.of(migration("shop", "0001_initial"), migration("shop",
                "0002_a", new Key("shop", "0001_initial"))));
        assertEquals("app 'shop' has no migration named '0009'; app 'shop' has: 0001_initial, 0002_a", assertThrows(
                MigrationError.class, () -> graph.find("shop", "0009")).getMessage());
        assertTrue(assertThrows(MigrationError.class, () -> graph.find("shop", "000")).getMessage().startsWith(
                "more than one migration of app 'shop' begins with '000'"));
    }

    @Test
    void aFolderIsReadAppByAppAndAMalformedFileNamesItsPathAndLine(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("shop"));
        Files.writeString(root.resolve("shop/0001_initial.json"), MigrationFile.write(migration("shop",
                "0001_initial")));
        Files.writeString(root.resolve("shop/README.txt"), "not a migration");
        assertEquals(List.of(new Key("shop", "0001_initial")), MigrationSource.folder(root).load().stream().map(
                Migration::key).toList());
        Path broken = root.resolve("shop/0002_broken.json");
        Files.writeString(broken, "{\n  \"dependencies\": [[\"shop\", \"0001_initial\"]],\n  \"operations\": [\n"
                + "    {\"op\": \"RunJava\" \"class\": \"x\"}\n  ]\n}\n");
        MigrationError error = assertThrows(MigrationError.class, () -> MigrationSource.folder(root).load());
        assertTrue(error.getMessage().startsWith(broken + ":4:"), error.getMessage());
        assertEquals(List.of(), MigrationSource.folder(root.resolve("none")).load());
    }
}
