package dev.cairn.contrib.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.shelf.Author;
import dev.cairn.contrib.shelf.Book;
import dev.cairn.contrib.shelf.Genre;
import dev.cairn.contrib.shelf.Shelf;
import dev.cairn.contrib.shelf.Tag;
import dev.cairn.http.Params;
import dev.cairn.web.forms.BoundField;
import dev.cairn.web.forms.Field;
import dev.cairn.web.forms.Widget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forms made from the shelf's models: the field each kind becomes, good and bad input, the model's rules, unique
 * checks and saving; whatever reads or writes rows, on each of the four test databases (SQLite in memory and in a
 * file, PostgreSQL, MariaDB).
 */
class ModelFormTest {

    static final ModelFields<Book> BOOK = ModelFields.of(Book.class);

    @RegisterExtension
    static final Shelf SHELF = new Shelf();

    /** Dickens, as the installed database holds him. */
    private static Author dickens() {
        return Author.objects.get("slug", "dickens");
    }

    /** A valid new book's submission, with {@code overrides} (name, value, ...) replacing or adding fields. */
    private Params book(String... overrides) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("title", List.of("Hard Times"));
        values.put("author", List.of(dickens().pk().toString()));
        values.put("price", List.of("10.00"));
        values.put("pages", List.of("300"));
        values.put("copies", List.of("2"));
        values.put("sold", List.of("1"));
        values.put("inPrint", List.of("on"));
        values.put("genre", List.of("NOVEL"));
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], List.of(overrides[i + 1]));
        }
        Params.Builder params = Params.builder();
        values.forEach((name, list) -> list.forEach(value -> params.add(name, value)));
        return params.build();
    }

    private ModelForm<Book> bound(Params data) {
        ModelForm<Book> form = BOOK.form();
        form.bind(data);
        return form;
    }

    static Stream<Arguments> formFields() {
        return Stream.of(
                Arguments.of("title", "text", true, "Title", ""),
                Arguments.of("author", "select", true, "Author", "Who wrote it."),
                Arguments.of("price", "number", true, "Price", ""),
                Arguments.of("pages", "number", true, "Pages", ""),
                Arguments.of("copies", "number", true, "Copies", ""),
                Arguments.of("sold", "number", true, "Copies sold", ""),
                Arguments.of("rating", "number", false, "Rating", ""),
                Arguments.of("inPrint", "checkbox", false, "In print", ""),
                Arguments.of("genre", "select", true, "Genre", ""),
                Arguments.of("published", "date", false, "Published", ""),
                Arguments.of("readingStarts", "text", false, "Reading starts", ""),
                Arguments.of("lastBorrowed", "datetime-local", false, "Last borrowed", ""),
                Arguments.of("isbn", "text", false, "Isbn", ""),
                Arguments.of("summary", "textarea", false, "Summary", ""),
                Arguments.of("tags", "select multiple", false, "Tags", ""));
    }

    @ParameterizedTest(name = "{0} becomes a {1} input, required {2}, labelled {3}")
    @MethodSource
    void formFields(String name, String type, boolean required, String label, String help) {
        ModelForm<Book> form = BOOK.form();
        Field<?> field = form.field(name);
        assertEquals(type, field.widget().type());
        assertEquals(required, field.required());
        assertEquals(label, field.label());
        assertEquals(help, field.helpText());
    }

    @Test
    void everyEditableFieldIsShownInDeclaredOrderAndTheKeyAndStampsAreNot() {
        assertEquals(List.of("title", "author", "price", "pages", "copies", "sold", "rating", "inPrint", "genre",
                "published", "readingStarts", "lastBorrowed", "isbn", "summary", "tags"),
                BOOK.form()
                        .modelFieldNames());
    }

    static Stream<Arguments> goodInput() {
        Instant borrowed = Instant.parse("2026-03-01T08:30:00Z");
        return Shelf.onEachDatabase(Stream.of(
                Arguments.of("title", "  Little Dorrit ", "Little Dorrit"),
                Arguments.of("price", "999.99", new BigDecimal("999.99")),
                Arguments.of("pages", "2147483647", Integer.MAX_VALUE),
                Arguments.of("copies", "-32768", Short.MIN_VALUE),
                Arguments.of("sold", "1", 1L),
                Arguments.of("rating", "4.5", 4.5),
                Arguments.of("rating", "", null),
                Arguments.of("inPrint", "on", true),
                Arguments.of("inPrint", "", false),
                Arguments.of("genre", "SCIENCE_FICTION", Genre.SCIENCE_FICTION),
                Arguments.of("published", "1854-04-01", LocalDate.of(1854, 4, 1)),
                Arguments.of("published", "", null),
                Arguments.of("readingStarts", "21:15", LocalTime.of(21, 15)),
                Arguments.of("readingStarts", "21:15:30", LocalTime.of(21, 15, 30)),
                Arguments.of("lastBorrowed", "2026-03-01T08:30", borrowed),
                Arguments.of("isbn", "123e4567-e89b-12d3-a456-426614174000", UUID.fromString(
                        "123e4567-e89b-12d3-a456-426614174000")),
                Arguments.of("isbn", "", null),
                Arguments.of("summary", "Fog everywhere.", "Fog everywhere."),
                Arguments.of("summary", "", "")));
    }

    @ParameterizedTest(name = "on {0}: {1} = \"{2}\" sets {3} on the book")
    @MethodSource
    void goodInput(String db, String name, String submitted, Object expected) throws Exception {
        SHELF.use(db);
        ModelForm<Book> form = bound(book(name, submitted));
        assertTrue(form.isValid(), () -> form.errors() + " " + form.nonFieldErrors());
        Object value = Book.class.getField(name).get(form.instance());
        assertEquals(expected, value);
    }

    static Stream<Arguments> badInput() {
        return Shelf.onEachDatabase(Stream.of(
                Arguments.of("title", "", "This field is required."),
                Arguments.of("title", "x".repeat(41), "Ensure this value has at most 40 characters (it has 41)."),
                Arguments.of("author", "", "This field is required."),
                Arguments.of("author", "abc", ModelChoiceField.INVALID),
                Arguments.of("author", "999999999", ModelChoiceField.INVALID),
                Arguments.of("author", "99999999999999999999", ModelChoiceField.INVALID),
                Arguments.of("author", "-1", ModelChoiceField.INVALID),
                Arguments.of("price", "ten", "Enter a number."),
                Arguments.of("price", "1000", "Ensure that there are no more than 3 digits before the decimal point."),
                Arguments.of("price", "1.999", "Ensure that there are no more than 2 decimal places."),
                Arguments.of("pages", "2147483648", "Ensure this value is less than or equal to 2147483647."),
                Arguments.of("pages", "12.5", "Enter a whole number."),
                Arguments.of("copies", "32768", "Ensure this value is less than or equal to 32767."),
                Arguments.of("sold", "", "This field is required."),
                Arguments.of("rating", "high", "Enter a number."),
                Arguments.of("genre", "ROMANCE", "Select a valid choice. ROMANCE is not one of the available "
                        + "choices."),
                Arguments.of("genre", "", "This field is required."),
                Arguments.of("published", "1854-02-30", "Enter a valid date."),
                Arguments.of("readingStarts", "25:00", TimeField.INVALID),
                Arguments.of("lastBorrowed", "yesterday", "Enter a valid date/time."),
                Arguments.of("isbn", "not-a-uuid", "Enter a valid UUID."),
                Arguments.of("tags", "999999999", "Select a valid choice. 999999999 is not one of the available "
                        + "choices."),
                Arguments.of("tags", "x", "Select a valid choice. x is not one of the available choices.")));
    }

    @ParameterizedTest(name = "on {0}: {1} = \"{2}\" is refused: {3}")
    @MethodSource
    void badInput(String db, String name, String submitted, String message) {
        SHELF.use(db);
        ModelForm<Book> form = bound(book(name, submitted));
        assertFalse(form.isValid());
        assertEquals(Map.of(name, List.of(message)), form.errors());
        assertEquals(List.of(), form.nonFieldErrors());
    }

    @Test
    void enumChoicesAreLabelledByWordsOrTheirOwnTextAndTheDefaultLeavesNoEmptyChoice() {
        List<BoundField.Option> options = BOOK.form().bound("genre").options();
        assertEquals(List.of("Novel", "Poetry", "Science fiction", "Essays and criticism"), options.stream().map(
                BoundField.Option::label).toList());
        assertTrue(options.getFirst().selected(), "a new book shows its default, NOVEL");
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void relationChoicesListTheTargetsRowsAfterAnEmptyOne(String db) {
        SHELF.use(db);
        ModelForm<Book> form = BOOK.form();
        assertEquals(List.of("---------", "Charles Dickens", "Jane Austen", "T. S. Eliot"),
                form.bound("author").options().stream().map(BoundField.Option::label).toList());
        assertEquals(List.of("classic", "funny"), form.bound("tags").options().stream().map(
                BoundField.Option::label).toList());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aQuerysetNarrowsWhatARelationOffersAndAccepts(String db) {
        SHELF.use(db);
        ModelFields<Book> onlyAusten = ModelFields.of(Book.class).fields("title", "author", "price").queryset(
                "author", Author.objects.filter("slug", "austen"));
        ModelForm<Book> form = onlyAusten.form();
        assertEquals(List.of("---------", "Jane Austen"), form.bound("author").options().stream().map(
                BoundField.Option::label).toList());
        form.bind(Params.of("title", "Hard Times", "author", dickens().pk().toString(), "price", "1"));
        assertEquals(Map.of("author", List.of(ModelChoiceField.INVALID)), form.errors());
    }

    @Test
    void fieldsChoosesAndOrdersAndExcludeLeavesOut() {
        ModelFields<Book> spec = ModelFields.of(Book.class).fields("price", "title", "author", "genre").exclude(
                "genre");
        assertEquals(List.of("price", "title", "author"), spec.form().modelFieldNames());
        assertEquals(List.of("title", "slug", "email", "website", "born", "active").subList(1, 6), ModelFields.of(
                Author.class).exclude("name").form().modelFieldNames());
    }

    static Stream<Arguments> badDeclarations() {
        return Stream.of(
                Arguments.of("nam", "Unknown field (nam) specified for Book. Choices are: id, title, author, price, "
                        + "pages, copies, sold, rating, inPrint, genre, published, readingStarts, lastBorrowed, "
                        + "isbn, summary, created, tags"),
                Arguments.of("id", "'id' cannot be specified for Book model form as it is a non-editable field "
                        + "(the database numbers it)"),
                Arguments.of("created", "'created' cannot be specified for Book model form as it is a non-editable "
                        + "field (it is stamped on save)"));
    }

    @ParameterizedTest(name = "fields(\"{0}\") is refused")
    @MethodSource
    void badDeclarations(String name, String message) {
        var error = assertThrows(IllegalArgumentException.class, () -> ModelFields.of(Book.class).fields(name));
        assertEquals(message, error.getMessage());
    }

    @Test
    void labelsHelpAndWidgetsCanBeReplaced() {
        ModelForm<Book> form = ModelFields.of(Book.class).fields("title").label("title", "Name of the book")
                .helpText("title", "As on the spine.").widget("title", Widget.TEXTAREA).form();
        Field<?> title = form.field("title");
        assertEquals("Name of the book", title.label());
        assertEquals("As on the spine.", title.helpText());
        assertEquals(Widget.TEXTAREA, title.widget());
        assertThrows(IllegalArgumentException.class, () -> ModelFields.of(Book.class).queryset("title", Tag.objects
                .all()));
        assertThrows(IllegalArgumentException.class, () -> ModelFields.of(Book.class).queryset("author", Tag.objects
                .all()));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aTimeZoneTurnsTheTypedLocalTimeIntoTheInstantKept(String db) {
        SHELF.use(db);
        ModelFields<Book> paris = ModelFields.of(Book.class).zone(ZoneId.of("Europe/Paris"));
        ModelForm<Book> form = paris.form();
        form.bind(book("lastBorrowed", "2026-07-01T10:00"));
        assertTrue(form.isValid(), form.errors()::toString);
        assertEquals(Instant.parse("2026-07-01T08:00:00Z"), form.instance().lastBorrowed);
        Book saved = form.save();
        assertEquals(List.of("2026-07-01T10:00"),
                paris.form(Book.objects.get("pk", saved.pk())).bound("lastBorrowed").values());
    }

    // --- the model's own validation ---

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aModelErrorOnAFieldLandsOnThatField(String db) {
        SHELF.use(db);
        ModelForm<Book> form = bound(book("genre", "POETRY", "price", "60"));
        assertEquals(Map.of("price", List.of("Poetry costs at most 50.")), form.errors());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aModelErrorOnTheWholeLandsOnTheForm(String db) {
        SHELF.use(db);
        ModelForm<Book> form = bound(book("inPrint", "", "sold", "5", "copies", "2"));
        assertFalse(form.isValid());
        assertEquals(List.of("A book out of print cannot have sold more copies than were made."), form
                .nonFieldErrors());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void theModelIsNotAskedAboutAFieldThatAlreadyFailed(String db) {
        SHELF.use(db);
        ModelForm<Book> form = bound(book("title", ""));
        assertEquals(Map.of("title", List.of("This field is required.")), form.errors());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void errorsAboutFieldsTheFormLeavesOutAreDroppedSoTheViewCanSetThem(String db) {
        SHELF.use(db);
        ModelFields<Book> noAuthor = ModelFields.of(Book.class).exclude("author");
        ModelForm<Book> form = noAuthor.form();
        form.bind(book());
        assertTrue(form.isValid(), form.errors()::toString);
        form.instance().author.set(dickens());
        Book saved = form.save();
        assertEquals(dickens().pk(), Book.objects.get("pk", saved.pk()).author.id());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void cleanFormChecksAcrossFieldsBeforeTheModel(String db) {
        SHELF.use(db);
        final class Strict extends ModelForm<Book> {
            Strict() {
                super(BOOK, new Book());
            }

            @Override
            protected void cleanForm() {
                if ("Untitled".equals(cleaned().get(field("title")))) {
                    addError(field("title"), "Give the book a title.");
                }
            }
        }
        Strict form = new Strict();
        form.bind(book("title", "Untitled"));
        assertEquals(Map.of("title", List.of("Give the book a title.")), form.errors());
    }

    // --- uniqueness ---

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aUniqueValueAnotherRowHoldsIsAFieldError(String db) {
        SHELF.use(db);
        ModelForm<Tag> form = ModelFields.of(Tag.class).form();
        form.bind(Params.of("name", "classic"));
        assertEquals(Map.of("name", List.of("Tag with this Name already exists.")), form.errors());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void anObjectKeepingItsOwnUniqueValueIsValid(String db) {
        SHELF.use(db);
        Tag classic = Tag.objects.get("name", "classic");
        ModelForm<Tag> form = ModelFields.of(Tag.class).form(classic);
        form.bind(Params.of("name", "classic"));
        assertTrue(form.isValid(), form.errors()::toString);
        form.save();
        assertEquals(2, Tag.objects.count());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aSetOfValuesUniqueTogetherIsAFormError(String db) {
        SHELF.use(db);
        ModelForm<Book> form = bound(book("title", "Bleak House"));
        assertFalse(form.isValid());
        assertEquals(List.of("Book with this Title and Author already exists."), form.nonFieldErrors());
        ModelForm<Book> other = bound(book("title", "Bleak House", "author", Author.objects.get("slug", "eliot").pk()
                .toString()));
        assertTrue(other.isValid(), other.nonFieldErrors()::toString);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aUniqueSlugOnAnotherModelIsCheckedToo(String db) {
        SHELF.use(db);
        ModelForm<Author> form = ModelFields.of(Author.class).form();
        form.bind(Params.of("name", "Another Dickens", "slug", "dickens", "active", "on"));
        assertEquals(Map.of("slug", List.of("Author with this Slug already exists.")), form.errors());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void authorFieldsValidateAsTheirKinds(String db) {
        SHELF.use(db);
        ModelForm<Author> form = ModelFields.of(Author.class).form();
        form.bind(Params.of("name", "A", "slug", "not a slug", "email", "nobody", "website", "ftp://x"));
        assertEquals(Map.of("slug", List.of("Enter a valid slug consisting of letters, numbers, underscores or "
                + "hyphens."), "email", List.of("Enter a valid email address."), "website", List.of(
                        "Enter a valid URL.")),
                form.errors());
    }

    // --- saving ---

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void saveInsertsANewObjectWithItsTags(String db) {
        SHELF.use(db);
        Tag classic = Tag.objects.get("name", "classic");
        Tag funny = Tag.objects.get("name", "funny");
        Params data = Params.builder().add("title", "Hard Times").add("author", dickens().pk().toString()).add("price",
                "3").add("pages", "1").add("copies", "1").add("sold", "0").add("genre", "ESSAY").add("tags", classic
                        .pk().toString())
                .add("tags", funny.pk().toString()).build();
        ModelForm<Book> form = bound(data);
        Book saved = form.save();
        assertInstanceOf(Long.class, saved.pk());
        Book read = Book.objects.get("title", "Hard Times");
        assertEquals(Genre.ESSAY, read.genre);
        assertEquals(List.of("classic", "funny"), Tag.objects.filter("books", read.pk()).orderBy("name").list()
                .stream().map(t -> t.name).toList());
    }

    static Stream<Arguments> textKeptAsTyped() {
        return Shelf.onEachDatabase(Stream.of(
                Arguments.of("Ünïcödé and 😀 emoji", "Fog, and \u201cquotes\u201d.\nA second line."),
                Arguments.of("x".repeat(39) + "é", "Tabs\tand trailing spaces are stripped   "),
                Arguments.of("O'Brien; DROP TABLE shelf_book; --", "%_\\ are only text")));
    }

    @ParameterizedTest(name = "on {0}: \"{1}\" is saved and read back as typed")
    @MethodSource
    void textKeptAsTyped(String db, String title, String summary) {
        SHELF.use(db);
        Book saved = bound(book("title", title, "summary", summary)).save();

        Book read = Book.objects.get("pk", saved.pk());
        assertEquals(title, read.title);
        assertEquals(summary.strip(), read.summary);
        assertEquals(1, Book.objects.filter("title", title).count(), "found by the same text");
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void saveUpdatesAnObjectAndItsTagsKeepingThoseStillChosen(String db) {
        SHELF.use(db);
        Book emma = Book.objects.get("title", "Emma");
        Tag classic = Tag.objects.get("name", "classic");
        Tag funny = Tag.objects.get("name", "funny");
        ModelFields<Book> spec = ModelFields.of(Book.class).fields("title", "price", "tags");
        ModelForm<Book> first = spec.form(emma);
        first.bind(Params.builder().add("title", "Emma").add("price", "8").add("tags", classic.pk().toString()).add(
                "tags", funny.pk().toString()).build());
        first.save();
        List<Object> pairIds = pairIds();
        ModelForm<Book> second = spec.form(Book.objects.get("pk", emma.pk()));
        assertEquals(List.of(classic.pk().toString(), funny.pk().toString()), second.bound("tags")
                .values(), "an unbound form shows the tags the book has");
        second.bind(Params.of("title", "Emma.", "price", "8.50", "tags", funny.pk().toString()));
        second.save();
        Book read = Book.objects.get("pk", emma.pk());
        assertEquals("Emma.", read.title);
        assertEquals(new BigDecimal("8.50"), read.price);
        assertEquals(List.of("funny"), Tag.objects.filter("books", emma.pk()).list().stream().map(t -> t.name)
                .toList());
        assertTrue(pairIds.containsAll(pairIds()), "the pair kept was not rewritten");
        assertEquals(3, Book.objects.count());
    }

    private List<Object> pairIds() {
        return SHELF.database().query("SELECT id FROM shelf_book_tags ORDER BY id", List.of(), rows -> rows
                .getObject(1));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void anUnboundFormOfAnObjectShowsItsValuesWithoutLoadingItsAuthor(String db) {
        SHELF.use(db);
        Book bleak = Book.objects.get("title", "Bleak House");
        bleak.readingStarts = LocalTime.of(7, 5);
        bleak.save();
        ModelForm<Book> form = BOOK.form(Book.objects.get("pk", bleak.pk()));
        Map<String, String> shown = new LinkedHashMap<>();
        form.boundFields().forEach(f -> shown.put(f.name(), f.value()));
        assertEquals(dickens().pk().toString(), shown.get("author"));
        assertEquals("12.50", shown.get("price"));
        assertEquals("NOVEL", shown.get("genre"));
        assertEquals("07:05", shown.get("readingStarts"));
        assertEquals("", shown.get("published"));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void savingAnInvalidFormIsRefused(String db) {
        SHELF.use(db);
        ModelForm<Book> form = bound(book("title", ""));
        var error = assertThrows(IllegalStateException.class, form::save);
        assertEquals("The Book could not be created because the data didn't validate.", error.getMessage());
        assertThrows(IllegalStateException.class, () -> BOOK.form().save(), "an unbound form is not valid");
        assertNull(Book.objects.filter("title", "").first());
    }

    @Test
    void aFormForAnotherModelsObjectIsRefused() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        ModelFields<Book> wrong = (ModelFields) ModelFields.of(Tag.class);
        assertThrows(IllegalArgumentException.class, () -> wrong.form(new Book()));
    }
}
