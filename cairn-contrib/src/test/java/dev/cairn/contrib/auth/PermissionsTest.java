package dev.cairn.contrib.auth;

import static dev.cairn.contrib.auth.AuthDatabases.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.contrib.shelf.Author;
import dev.cairn.contrib.shelf.Book;
import dev.cairn.contrib.shelf.Loan;
import dev.cairn.db.Model;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each model's default and declared permissions, made once however often they are synced. */
@ExtendWith(AuthDatabases.class)
class PermissionsTest {

    /** A model with only some of the default actions. */
    @ModelPermissions(defaults = {
            "view"}, custom = @ModelPermissions.Custom(codename = "export_report", name = "Can export report"))
    public static class Report extends Model {
        public Long id;
    }

    @ModelPermissions(custom = @ModelPermissions.Custom(codename = "no spaces", name = "Bad"))
    public static class BadCodename extends Model {
        public Long id;
    }

    @ModelPermissions(custom = @ModelPermissions.Custom(codename = "fine", name = ""))
    public static class EmptyName extends Model {
        public Long id;
    }

    @ModelPermissions(custom = @ModelPermissions.Custom(codename = "add_twice", name = "Again"), defaults = {"add",
            "add"})
    public static class Twice extends Model {
        public Long id;
    }

    @Test
    void aModelGetsAddChangeDeleteViewAndItsOwn() {
        assertEquals(List.of("shelf.add_book Can add book", "shelf.change_book Can change book",
                "shelf.delete_book Can delete book", "shelf.view_book Can view book", "shelf.lend_book Can lend book"),
                Permissions.declared(Book.class).stream().map(p -> p.key() + " " + p.name).toList());
        assertEquals(List.of("auth.view_report", "auth.export_report"), Permissions.declared(Report.class).stream()
                .map(Permission::key).toList());
        assertEquals("shelf.book", Permissions.declared(Book.class).getFirst().model);
    }

    static Stream<Arguments> badDeclarations() {
        return Stream.of(
                Arguments.of(BadCodename.class, "BadCodename's permission 'no spaces': a codename is 1 to 100 "
                        + "letters, digits and underscores"),
                Arguments.of(EmptyName.class, "EmptyName's permission 'fine': a name is 1 to 255 characters"),
                Arguments.of(Twice.class, "Twice's permission 'add_twice' is declared twice"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void badDeclarations(Class<? extends Model> model, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Permissions.declared(model))
                .getMessage());
    }

    static List<String> databases() {
        return AuthDatabases.labels();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void syncMakesWhatIsMissingAndNothingTwice(String db) {
        on(db, () -> {
            List<Permission> made = Permissions.sync("default", List.of(Book.class, Author.class, Loan.class));
            assertEquals(13, made.size());
            assertEquals(13, Permission.objects.count());
            assertEquals(List.of(), Permissions.sync(Book.class, Author.class, Loan.class));
            Permission.objects.filter("codename", "lend_book").delete();
            Permission.objects.filter("codename", "view_author").update("name", "Renamed by hand");
            assertEquals(List.of("lend_book"), Permissions.sync(Book.class, Author.class).stream().map(
                    p -> p.codename).toList());
            assertEquals("Renamed by hand", Permission.objects.get("codename", "view_author").name);
            assertEquals(List.of("add_author", "change_author", "delete_author", "view_author"), Permission.objects
                    .filter("model", "shelf.author").orderBy("codename").valuesListFlat("codename"));
        });
    }
}
