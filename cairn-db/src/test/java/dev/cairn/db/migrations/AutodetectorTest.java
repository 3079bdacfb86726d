package dev.cairn.db.migrations;

import static dev.cairn.db.migrations.States.chars;
import static dev.cairn.db.migrations.States.id;
import static dev.cairn.db.migrations.States.key;
import static dev.cairn.db.migrations.States.many;
import static dev.cairn.db.migrations.States.model;
import static dev.cairn.db.migrations.States.nullable;
import static dev.cairn.db.migrations.States.state;
import static dev.cairn.db.migrations.States.withIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Relation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Model changes, as states before and after, and the operations the autodetector finds for them, in order. */
class AutodetectorTest {

    static Stream<Arguments> changes() {
        ModelState book = model("Book", id(), chars("title", 100));
        ModelState author = model("Author", id(), chars("name", 50));
        return Stream.of(
                Arguments.of("nothing changed", state(book), state(book), List.of(), List.of()),
                Arguments.of("a model created", state(), state(book), List.of(), List.of("Create model Book")),
                Arguments.of("a model deleted", state(book), state(), List.of(), List.of("Delete model Book")),
                Arguments.of("a field added", state(book), state(model("Book", id(), chars("title", 100), chars("isbn",
                        13))), List.of(), List.of("Add field isbn to Book")),
                Arguments.of("a field removed", state(model("Book", id(), chars("title", 100), chars("isbn", 13))),
                        state(book), List.of(), List.of("Remove field isbn from Book")),
                Arguments.of("a field made longer", state(book), state(model("Book", id(), chars("title", 200))), List
                        .of(), List.of("Alter field title on Book")),
                Arguments.of("a field made nullable", state(book), state(model("Book", id(), nullable(chars("title",
                        100)))), List.of(), List.of("Alter field title on Book")),
                Arguments.of("a field renamed, alike but for the name", state(book), state(model("Book", id(), chars(
                        "name", 100))), List.of(), List.of("Rename field title on Book to name")),
                Arguments.of("two alike fields gone and come: no guess", state(model("Book", id(), chars("a", 10),
                        chars("b", 10))), state(model("Book", id(), chars("c", 10), chars("d", 10))), List.of(), List
                                .of("Remove field a from Book", "Remove field b from Book", "Add field c to Book",
                                        "Add field d to Book")),
                Arguments.of("two alike fields with hints", state(model("Book", id(), chars("a", 10), chars("b",
                        10))), state(model("Book", id(), chars("c", 10), chars("d", 10))), List.of("shop.Book.a=d",
                                "shop.Book.b=c"),
                        List.of("Rename field a on Book to d", "Rename field b on Book to c")),
                Arguments.of("a renamed field that also changed, by hint", state(book), state(model("Book", id(),
                        chars("name", 150))), List.of("shop.Book.title=name"), List.of(
                                "Rename field title on Book to name", "Alter field name on Book")),
                Arguments.of("unlike fields are not a rename", state(book), state(model("Book", id(), chars("name",
                        150))), List.of(), List.of("Remove field title from Book", "Add field name to Book")),
                Arguments.of("an index added", state(book), state(withIndex(book, "shop_book_title_idx", "title")),
                        List.of(), List.of("Create index shop_book_title_idx on Book [title]")),
                Arguments.of("an index removed", state(withIndex(book, "shop_book_title_idx", "title")), state(book),
                        List.of(), List.of("Remove index shop_book_title_idx from Book")),
                Arguments.of("unique together added", state(book), state(book.withUniqueTogether(List.of(List.of(
                        "id", "title")))), List.of(), List.of("Add constraint unique [id, title] to Book")),
                Arguments.of("a check removed", state(book.withChecks(List.of(new ModelMeta.CheckMeta("long",
                        "title__gt", "a")))), state(book), List.of(), List.of(
                                "Remove constraint check long (title__gt a) from Book")),
                Arguments.of("a model pointing at another: the target made first", state(), state(model("Book", id(),
                        key("author", "shop.Author")), author), List.of(), List.of("Create model Author",
                                "Create model Book")),
                Arguments.of("two models pointing at each other: one key added after", state(), state(model("Book",
                        id(), key("author", "shop.Author")), model("Author", id(), key("favourite", "shop.Book"))),
                        List.of(), List.of("Create model Author", "Create model Book",
                                "Add field favourite to Author")),
                Arguments.of("models deleted: the pointing one first", state(model("Book", id(), key("author",
                        "shop.Author")), author), state(), List.of(), List.of("Delete model Book",
                                "Delete model Author")),
                Arguments.of("a many-to-many field added", state(book, author), state(model("Book", id(), chars(
                        "title", 100), many("authors", "shop.Author")), author), List.of(), List.of(
                                "Add field authors to Book")),
                Arguments.of("a model renamed, alike but for the name", state(book), state(model("Novel", id(), chars(
                        "title", 100))), List.of(), List.of("Rename model Book to Novel")),
                Arguments.of("a model renamed by hint, and a field added", state(book), state(model("Novel", id(),
                        chars("title", 100), chars("isbn", 13))), List.of("shop.Book=Novel"), List.of(
                                "Rename model Book to Novel", "Add field isbn to Novel")),
                Arguments.of("two alike models gone and come: no guess", state(book, model("Leaflet", id(), chars(
                        "title", 100))), state(model("Novel", id(), chars("title", 100)), model("Poem", id(),
                                chars(
                                        "title", 100))),
                        List.of(), List.of("Delete model Leaflet", "Delete model Book",
                                "Create model Novel", "Create model Poem")),
                Arguments.of("two alike models with hints", state(book, model("Leaflet", id(), chars("title", 100))),
                        state(model("Novel", id(), chars("title", 100)), model("Poem", id(), chars("title", 100))),
                        List.of("shop.Book=Novel", "shop.Leaflet=Poem"), List.of("Rename model Book to Novel",
                                "Rename model Leaflet to Poem")),
                Arguments.of("a key pointing at a renamed model needs no change", state(model("Book", id(), key(
                        "author", "shop.Author")), author), state(model("Book", id(), key("author", "shop.Writer")),
                                model("Writer", id(), chars("name", 50))),
                        List.of(), List.of(
                                "Rename model Author to Writer")),
                Arguments.of("a model pointing at itself renamed", state(model("Node", id(), key("parent",
                        "shop.Node"), many("links", "shop.Node"))), state(model("Vertex", id(),
                                key("parent",
                                        "shop.Vertex"),
                                many("links", "shop.Vertex"))),
                        List.of(), List.of(
                                "Rename model Node to Vertex")),
                Arguments.of("a renamed model keeps a table not named after it", state(new ModelState("shop",
                        "Book", "legacy_books", book.fields(), List.of(), List.of(), List.of())), state(
                                new ModelState("shop", "Novel", "legacy_books", book.fields(), List.of(), List.of(),
                                        List.of())),
                        List.of(), List.of("Rename model Book to Novel")),
                Arguments.of("a renamed model moved to a table of its own", state(book), state(new ModelState("shop",
                        "Novel", "novels", book.fields(), List.of(), List.of(), List.of())), List.of(), List.of(
                                "Rename model Book to Novel")),
                Arguments.of("a renamed field's index follows it", state(withIndex(book, "i", "title")), state(
                        withIndex(model("Book", id(), chars("name", 100)), "i", "name")), List.of(),
                        List.of(
                                "Rename field title on Book to name")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void findsTheOperationsOfAChange(String change, ProjectState from, ProjectState to, List<String> hints,
            List<String> expected) {
        Map<String, List<Operation>> found = new Autodetector(from, to, null, hints).changes();
        List<String> described = found.getOrDefault("shop", List.of()).stream().map(Operation::describe).toList();
        assertEquals(expected, described);
        ProjectState replayed = from.copy();
        found.getOrDefault("shop", List.of()).forEach(o -> o.apply("shop", replayed));
        assertEquals(sorted(to), sorted(replayed), "the operations reach the new state");
    }

    /** The models with their fields by name: the order of a table's columns is no change. */
    private static List<ModelState> sorted(ProjectState state) {
        return state.models().stream().map(m -> m.withFields(m.fields().stream().sorted(java.util.Comparator
                .comparing(FieldState::name)).toList())).toList();
    }

    @Test
    void aFieldThatMayNotBeNullGetsItsFillValue() {
        ModelState before = model("Book", id());
        ModelState after = model("Book", id(), chars("isbn", 13));
        List<Operation> operations = new Autodetector(state(before), state(after), (label, field) -> label + "."
                + field + "!", List.of()).changes().get("shop");
        assertEquals(List.of(new Operation.AddField("Book", chars("isbn", 13), "shop.Book.isbn!")), operations);
    }

    @Test
    void aNullableFieldNeedsNoFill() {
        List<Operation> operations = new Autodetector(state(model("Book", id())), state(model("Book", id(), nullable(
                chars("isbn", 13)))), (label, field) -> "x", List.of()).changes().get("shop");
        assertEquals(null, ((Operation.AddField) operations.getFirst()).fill());
    }

    @Test
    void aRenamedModelGoesToTheTableItsNewNameMakesOrTheOneItNames() {
        ModelState book = model("Book", id(), chars("title", 100));
        var found = new Autodetector(state(book), state(new ModelState("shop", "Novel", "novels", book.fields(), List
                .of(), List.of(), List.of())), null, List.of()).changes().get("shop");
        assertEquals(List.of(new Operation.RenameModel("Book", "Novel", "novels")), found);
        assertEquals(List.of(new Operation.RenameModel("Book", "Novel", null)), new Autodetector(state(book), state(
                model("Novel", id(), chars("title", 100))), null, List.of()).changes().get("shop"));
        ProjectState renamed = state(book, model("Author", id(), key("favourite", "shop.Book")));
        new Operation.RenameModel("Book", "Novel", null).apply("shop", renamed);
        assertEquals("shop_novel", renamed.model("shop.Novel").table());
        assertEquals("shop.Novel", renamed.model("shop.Author").field("favourite").target(), "keys follow it");
        assertEquals(null, renamed.find("shop.Book"));
    }

    static Stream<Arguments> badModelRenames() {
        ModelState book = model("Book", id(), chars("title", 100));
        ModelState author = model("Author", id(), chars("name", 50));
        return Stream.of(
                Arguments.of(new Operation.RenameModel("Book", "Author", null), "cannot rename shop.Book to Author: "
                        + "shop.Author exists already"),
                Arguments.of(new Operation.RenameModel("Book", "Book", null), "cannot rename shop.Book to itself"),
                Arguments.of(new Operation.RenameModel("Nope", "Novel", null), "no model shop.Nope in the recorded "
                        + "state; the models there: [shop.Author, shop.Book]"),
                Arguments.of(new Operation.RenameModel("Book", "Novel", "shop_author"), "cannot rename shop.Book to "
                        + "Novel: its table shop_author is shop.Author's"),
                Arguments.of(new Operation.RenameModel("Book", "Author", "x"), "cannot rename shop.Book to Author: "
                        + "shop.Author exists already"))
                .map(a -> Arguments.of(a.get()[0], a.get()[1], state(book, author)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badModelRenames")
    void aBadModelRenameIsRefusedAndChangesNothing(Operation rename, String message, ProjectState state) {
        ProjectState before = state.copy();
        MigrationError error = assertThrows(MigrationError.class, () -> rename.apply("shop", state));
        assertEquals(message, error.getMessage());
        assertEquals(List.copyOf(before.models()), List.copyOf(state.models()));
    }

    static Stream<Arguments> badModelHints() {
        ModelState book = model("Book", id(), chars("title", 100));
        ModelState novel = model("Novel", id(), chars("title", 100));
        return Stream.of(
                Arguments.of(state(book), state(book, novel), "shop.Book=Novel", "the rename hint shop.Book=Novel "
                        + "names no model gone from shop; gone: []"),
                Arguments.of(state(book), state(), "shop.Book=Novel", "the rename hint shop.Book=Novel names no new "
                        + "model of shop; new: []"),
                Arguments.of(state(book), state(novel), "shop.Book=Poem", "the rename hint shop.Book=Poem names no "
                        + "new model of shop; new: [Novel]"),
                Arguments.of(state(book), state(novel), "nope.Book=Novel", "the rename hint nope.Book=Novel names an "
                        + "app with no models: [shop]"),
                Arguments.of(state(book), state(novel), "Book=Novel", "a rename hint is app.Model.old=new for a "
                        + "field or app.Old=New for a model, not 'Book=Novel'"),
                Arguments.of(state(book), state(novel), "shop.Book=", "a rename hint is app.Model.old=new for a "
                        + "field or app.Old=New for a model, not 'shop.Book='"),
                Arguments.of(state(book), state(novel), "shop.Book=shop.Novel", "a rename hint is app.Model.old=new "
                        + "for a field or app.Old=New for a model, not 'shop.Book=shop.Novel'"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badModelHints")
    void aModelHintThatNamesNoRenameIsRefused(ProjectState from, ProjectState to, String hint, String message) {
        MigrationError error = assertThrows(MigrationError.class, () -> new Autodetector(from, to, null, List.of(
                hint)).changes());
        assertEquals(message, error.getMessage());
    }

    @Test
    void aHintThatNamesNoNewFieldIsRefused() {
        MigrationError error = assertThrows(MigrationError.class, () -> new Autodetector(state(model("Book", id(),
                chars("a", 1))), state(model("Book", id())), null, List.of("shop.Book.a=b")).changes());
        assertTrue(error.getMessage().contains("names no new field"), error.getMessage());
        assertThrows(MigrationError.class, () -> new Autodetector(state(), state(), null, List.of("nonsense")));
    }

    @Test
    void theStateOfDeclaredModelsDescribesTheTablesTheOrmMakes() {
        var metas = List.of(dev.cairn.db.meta.Models.meta(dev.cairn.db.library.Publisher.class),
                dev.cairn.db.meta.Models
                        .meta(dev.cairn.db.library.Author.class),
                dev.cairn.db.meta.Models.meta(dev.cairn.db.library.Tag.class),
                dev.cairn.db.meta.Models.meta(dev.cairn.db.library.Book.class));
        ProjectState state = ProjectState.of(metas);
        for (var meta : metas) {
            assertEquals(dev.cairn.db.schema.TableSpec.of(meta), state.table(meta.label()));
        }
        var book = metas.get(3);
        assertEquals(List.of(dev.cairn.db.schema.TableSpec.pairsOf(book, book.field("tags"))), state.pairTables(book
                .label()));
        assertEquals(Relation.FOREIGN_KEY, state.model("library.Book").field("author").relation());
        assertEquals(ColumnType.Kind.DECIMAL, state.model("library.Book").field("price").type().kind());
    }

    @Test
    void aSymmetricalRelationToItselfMakesItsPairsTableFromAndTo() {
        var person = dev.cairn.db.meta.Models.meta(dev.cairn.db.library.Person.class);
        ProjectState state = ProjectState.of(List.of(person));
        var friends = state.pairTables("library.Person").stream().filter(t -> t.name().equals(
                "library_person_friends")).findFirst().orElseThrow();
        assertEquals(List.of("id", "from_person_id", "to_person_id"), friends.columns().stream().map(c -> c.name())
                .toList());
        assertEquals(dev.cairn.db.schema.TableSpec.pairsOf(person, person.field("friends")), friends,
                "the migrations' table is the one the ORM reads and writes");
        List<Operation> made = new Autodetector(new ProjectState(), List.of(person), List.of()).changes().get(
                "library");
        assertEquals(List.of("Create model Person"), made.stream().map(Operation::describe).toList());
        String sql = made.getFirst()
                .forwards("library", new ProjectState(), state, new dev.cairn.db.dialect.SqliteDialect()).toString();
        assertTrue(sql.contains("CREATE TABLE \"library_person_friends\""), sql);
        assertTrue(sql.contains("FOREIGN KEY (\"to_person_id\") REFERENCES \"library_person\""), sql);
    }
}
