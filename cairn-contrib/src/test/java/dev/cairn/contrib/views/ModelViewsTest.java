package dev.cairn.contrib.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.contrib.forms.ModelForm;
import dev.cairn.contrib.shelf.Author;
import dev.cairn.contrib.shelf.Book;
import dev.cairn.contrib.shelf.Loan;
import dev.cairn.contrib.shelf.Shelf;
import dev.cairn.test.Client;
import dev.cairn.test.TestResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generic views end to end, in process through the whole framework, on each of the four test databases (SQLite
 * in memory and in a file, PostgreSQL, MariaDB).
 */
class ModelViewsTest {

    @RegisterExtension
    static final Shelf SHELF = new Shelf();

    private Client client;

    @BeforeEach
    void site() {
        client = Client.of(ShelfSite.build(List.of()));
    }

    /** Dickens, as the installed database holds him. */
    private static Author dickens() {
        return Author.objects.get("slug", "dickens");
    }

    /** Adds books "Volume 04" to "Volume 25" by Dickens, so that there are 25 in all. */
    private void twentyFiveBooks() {
        Author author = dickens();
        for (int i = 4; i <= 25; i++) {
            new Book("Volume %02d".formatted(i), author, "1").save();
        }
    }

    private Book book(String title) {
        return Book.objects.get("title", title);
    }

    // --- ListView ---

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void theListRendersTheModelsTemplateWithDjangosNames(String db) {
        SHELF.use(db);
        TestResponse response = client.get("/books/all/").assertStatus(200).assertTemplateUsed("shelf/book_list.html");
        assertEquals(List.of("Bleak House", "Great Expectations", "Emma"), titles(response.context().get(
                "object_list")), "in key order, the model having none of its own");
        assertEquals(response.context().get("object_list"), response.context().get("books"));
        assertEquals(false, response.context().get("is_paginated"));
        assertNull(response.context().get("page_obj"));
        response.assertContains("<li>Emma</li>");
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Object books) {
        return ((List<Book>) books).stream().map(b -> b.title).toList();
    }

    static Stream<Arguments> pages() {
        return Shelf.onEachDatabase(Stream.of(
                Arguments.of("", 1, "Bleak House", 10, "Page 1 of 3 next=2"),
                Arguments.of("?page=1", 1, "Bleak House", 10, "Page 1 of 3 next=2"),
                Arguments.of("?page=", 1, "Bleak House", 10, "Page 1 of 3 next=2"),
                Arguments.of("?page=2", 2, "Volume 11", 10, "Page 2 of 3 prev=1 next=3"),
                Arguments.of("?page=3", 3, "Volume 21", 5, "Page 3 of 3 prev=2"),
                Arguments.of("?page=last", 3, "Volume 21", 5, "Page 3 of 3 prev=2")));
    }

    @ParameterizedTest(name = "on {0}: /books/{1} is page {2}")
    @MethodSource
    void pages(String db, String query, int number, String first, int size, String footer) {
        SHELF.use(db);
        twentyFiveBooks();
        TestResponse response = client.get("/books/" + query).assertStatus(200).assertContains(footer);
        Page<?> page = assertInstanceOf(Page.class, response.context().get("page_obj"));
        assertEquals(number, page.number());
        assertEquals(size, page.size());
        assertEquals(first, titles(page.objectList()).getFirst());
        assertEquals(25L, ((Paginator<?>) response.context().get("paginator")).count());
        assertEquals(true, response.context().get("is_paginated"));
        assertEquals(page.objectList(), response.context().get("book_list"));
    }

    static Stream<Arguments> badPages() {
        return Shelf.onEachDatabase(Stream.of(
                Arguments.of("/books/?page=0"),
                Arguments.of("/books/?page=-1"),
                Arguments.of("/books/?page=4"),
                Arguments.of("/books/?page=abc"),
                Arguments.of("/books/?page=99999999999999999999"),
                Arguments.of("/books/page/13/"),
                Arguments.of("/books/none/")));
    }

    @ParameterizedTest(name = "on {0}: {1} is 404")
    @MethodSource
    void badPages(String db, String path) {
        SHELF.use(db);
        twentyFiveBooks();
        client.get(path).assertStatus(404);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void thePageNumberMayComeFromThePathAndOrphansJoinTheLastPage(String db) {
        SHELF.use(db);
        TestResponse first = client.get("/books/page/1/").assertStatus(200);
        assertEquals(List.of("Bleak House", "Great Expectations", "Emma"), titles(first.context().get(
                "object_list")), "three books, two a page, one orphan: one page");
        assertEquals(1, ((Paginator<?>) first.context().get("paginator")).numPages());
        assertEquals(false, first.context().get("is_paginated"));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void anEmptyPaginatedListIsOnePageWithNothingOnIt(String db) {
        SHELF.use(db);
        Book.objects.all().delete();
        TestResponse response = client.get("/books/").assertStatus(200).assertContains("Page 1 of 1");
        assertEquals(List.of(), response.context().get("object_list"));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void anHtmxRequestGetsOnlyTheRowsBlock(String db) {
        SHELF.use(db);
        twentyFiveBooks();
        TestResponse fragment = client.request("GET", "/books/?page=2").header("HX-Request", "true").send()
                .assertStatus(200);
        assertFalse(fragment.text().contains("<html>"), fragment.text());
        assertTrue(fragment.text().startsWith("<li>Volume 11</li>"), fragment.text());
        assertEquals("HX-Request", fragment.header("Vary"));
        TestResponse page = client.get("/books/?page=2");
        assertTrue(page.text().contains("<html>"));
        assertEquals("HX-Request", page.header("Vary"));
    }

    @Test
    void aListAnswersOnlyGetHeadAndOptions() {
        client.request("POST", "/books/").form(Map.of()).send().assertStatus(405);
        assertEquals("GET, HEAD, OPTIONS", client.options("/books/").header("Allow"));
    }

    // --- DetailView ---

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aDetailPageFindsItsRowByKey(String db) {
        SHELF.use(db);
        Book emma = book("Emma");
        TestResponse response = client.get("/books/" + emma.pk() + "/").assertStatus(200).assertTemplateUsed(
                "shelf/book_detail.html").assertContains("<h1>Emma</h1>").assertContains("<p>7.25</p>");
        assertEquals(emma.pk(), ((Book) response.context().get("object")).pk());
        assertEquals(emma.pk(), ((Book) response.context().get("book")).pk());
        assertEquals(emma.pk(), response.context().get("pk"), "the path arguments are in the context too");
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aDetailPageFindsItsRowBySlugOrAnotherField(String db) {
        SHELF.use(db);
        client.get("/authors/austen/").assertStatus(200).assertTemplateUsed("shelf/author_detail.html")
                .assertContains("<h1>Jane Austen</h1>");
        client.get("/authors/by-name/T.%20S.%20Eliot/").assertStatus(200).assertContains("<h1>T. S. Eliot</h1>");
    }

    static Stream<Arguments> missingRows() {
        return Shelf.onEachDatabase(Stream.of(
                Arguments.of("/books/999999999/"),
                Arguments.of("/authors/nobody/"),
                Arguments.of("/authors/by-name/Nobody/"),
                Arguments.of("/books/999999999/edit/"),
                Arguments.of("/books/999999999/delete/")));
    }

    @ParameterizedTest(name = "on {0}: {1} is 404")
    @MethodSource
    void missingRows(String db, String path) {
        SHELF.use(db);
        client.get(path).assertStatus(404);
        assertEquals(3, Book.objects.count());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aRowOutsideTheViewsQuerysetIsNotFound(String db) {
        SHELF.use(db);
        client.get("/austen/" + book("Emma").pk() + "/").assertStatus(200);
        client.get("/austen/" + book("Bleak House").pk() + "/").assertStatus(404);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aRouteWithNeitherKeyNorSlugIsAMistakeInTheUrls(String db) {
        SHELF.use(db);
        client.get("/broken/" + book("Emma").pk() + "/").assertStatus(500);
    }

    // --- CreateView ---

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void theCreatePageShowsAnEmptyForm(String db) {
        SHELF.use(db);
        TestResponse response = client.get("/books/new/").assertStatus(200).assertTemplateUsed("shelf/book_form.html")
                .assertContains("<h1>New book</h1>").assertContains("name=\"author\"");
        ModelForm<?> form = assertInstanceOf(ModelForm.class, response.context().get("form"));
        assertFalse(form.isBound());
        assertNull(response.context().get("object"));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aValidPostCreatesTheRowAndRedirectsWithSeeOther(String db) {
        SHELF.use(db);
        client.post("/books/new/", Map.of("title", "Hard Times", "author", dickens().pk(), "price", "4.50"))
                .assertRedirects("/books/", 303);
        assertEquals(new BigDecimal("4.50"), book("Hard Times").price);
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void anInvalidPostShowsTheFormAgainWithErrorsAndTheInput(String db) {
        SHELF.use(db);
        TestResponse response = client.post("/books/new/", Map.of("title", "Bleak House", "author", dickens().pk(),
                "price", "lots")).assertStatus(200);
        response.assertContains("<span class=\"error\">Enter a number.</span>").assertContains(
                "value=\"lots\"");
        assertEquals(3, Book.objects.count());
        ModelForm<?> form = (ModelForm<?>) response.context().get("form");
        assertEquals(Map.of("price", List.of("Enter a number.")), form.errors());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aDuplicateIsAFormErrorNotAServerError(String db) {
        SHELF.use(db);
        client.post("/books/new/", Map.of("title", "Bleak House", "author", dickens().pk(), "price", "1"))
                .assertStatus(200)
                .assertContains("<p class=\"error\">Book with this Title and Author already exists.</p>");
        assertEquals(3, Book.objects.count());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void anHtmxPostIsRedirectedThroughHxRedirectAndItsErrorsComeBackAsTheFormBlock(String db) {
        SHELF.use(db);
        TestResponse saved = client.request("POST", "/books/new/").header("HX-Request", "true").form(Map.of("title",
                "Hard Times", "author", dickens().pk(), "price", "1")).send().assertStatus(200);
        assertEquals("/books/", saved.header("HX-Redirect"));
        TestResponse invalid = client.request("POST", "/books/new/").header("HX-Request", "true").form(Map.of(
                "title", "", "author", dickens().pk(), "price", "1")).send().assertStatus(200);
        assertFalse(invalid.text().contains("<form"), invalid.text());
        assertTrue(invalid.text().contains("This field is required."), invalid.text());
    }

    @Test
    void aCreateViewWithoutFieldsRefusesToGuess() {
        client.get("/broken/new/").assertStatus(500);
    }

    // --- UpdateView ---

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void theUpdatePageShowsTheRowsValues(String db) {
        SHELF.use(db);
        Book emma = book("Emma");
        TestResponse response = client.get("/books/" + emma.pk() + "/edit/").assertStatus(200).assertContains(
                "<h1>Edit Emma</h1>").assertContains("value=\"Emma\"").assertContains("value=\"7.25\"");
        assertEquals(emma.pk(), ((Book) response.context().get("book")).pk());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aValidUpdateSavesAndRedirectsToTheObjectsOwnPage(String db) {
        SHELF.use(db);
        Book emma = book("Emma");
        client.post("/books/" + emma.pk() + "/edit/", Map.of("title", "Emma", "price", "8")).assertRedirects(
                "/books/" + emma.pk() + "/", 303);
        assertEquals(new BigDecimal("8.00"), Book.objects.get("pk", emma.pk()).price);
        assertEquals(3, Book.objects.count(), "updated, not inserted");
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void anInvalidUpdateChangesNothing(String db) {
        SHELF.use(db);
        Book emma = book("Emma");
        client.post("/books/" + emma.pk() + "/edit/", Map.of("title", "", "price", "8")).assertStatus(200)
                .assertContains("This field is required.");
        assertEquals(new BigDecimal("7.25"), Book.objects.get("pk", emma.pk()).price);
    }

    // --- DeleteView ---

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void theDeletePageAsksThenAPostDeletesAndRedirects(String db) {
        SHELF.use(db);
        Book emma = book("Emma");
        client.get("/books/" + emma.pk() + "/delete/").assertStatus(200).assertTemplateUsed(
                "shelf/book_confirm_delete.html").assertContains("Delete Emma?");
        assertEquals(3, Book.objects.count(), "GET deletes nothing");
        client.post("/books/" + emma.pk() + "/delete/", Map.of()).assertRedirects("/books/?deleted=Emma", 303);
        assertFalse(Book.objects.filter("pk", emma.pk()).exists());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Shelf.LABELS)
    void aProtectedRowIsNotDeletedAndTheConfirmationSaysWhy(String db) {
        SHELF.use(db);
        Book emma = book("Emma");
        new Loan(emma, "Ada").save();
        TestResponse response = client.post("/books/" + emma.pk() + "/delete/", Map.of()).assertStatus(409);
        response.assertContains("<p class=\"error\">", 409);
        assertTrue(Book.objects.filter("pk", emma.pk()).exists());
    }
}
