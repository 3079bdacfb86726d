package dev.cairn.contrib.views;

import static dev.cairn.web.Urls.path;

import dev.cairn.contrib.shelf.Author;
import dev.cairn.contrib.shelf.Book;
import dev.cairn.web.Middleware;
import dev.cairn.web.WebApp;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.templates.Templates;
import java.util.List;

/** The shelf's pages made of the generic views, as a project's URLs would list them. */
final class ShelfSite {

    static final Settings SETTINGS = Settings.builder().debug(false).secretKey("test-only-key-for-the-shelf-site")
            .allowedHosts("localhost").build();

    private ShelfSite() {}

    static WebApp build(List<Middleware> middleware) {
        return WebApp.builder()
                .settings(SETTINGS)
                .middleware(middleware)
                .routes(path("books/", ListView.of(Book.class).queryset(Book.objects.orderBy("title")).paginateBy(10)
                        .fragment("rows"), "book-list"),
                        path("books/page/<int:page>/", ListView.of(Book.class).paginateBy(2).orphans(1),
                                "book-pages"),
                        path("books/all/", ListView.of(Book.class).contextObjectName("books"), "book-all"),
                        path("books/none/", ListView.of(Book.class).queryset(Book.objects.filter("title", "-"))
                                .allowEmpty(false), "book-none"),
                        path("books/new/", CreateView.of(Book.class).fields("title", "author", "price").successUrl(
                                "/books/").fragment("form"), "book-create"),
                        path("books/<int:pk>/", DetailView.of(Book.class), "book-detail"),
                        path("books/<int:pk>/edit/", UpdateView.of(Book.class).fields("title", "price"),
                                "book-update"),
                        path("books/<int:pk>/delete/", DeleteView.of(Book.class).successUrl((request, book) -> request
                                .reverse("book-list") + "?deleted=" + book.title), "book-delete"),
                        path("austen/<int:pk>/", DetailView.of(Book.class).queryset(Book.objects.filter(
                                "author__slug", "austen")), "austen-book"),
                        path("authors/<slug:slug>/", DetailView.of(Author.class), "author-detail"),
                        path("authors/by-name/<str:name>/", DetailView.of(Author.class).slugKwarg("name").slugField(
                                "name"), "author-by-name"),
                        path("broken/new/", CreateView.of(Book.class), "broken-create"),
                        path("broken/<int:id>/", DetailView.of(Book.class), "broken-detail"))
                .templates(Templates.builder().classpath("contrib-templates", ShelfSite.class.getClassLoader()))
                .build();
    }
}
