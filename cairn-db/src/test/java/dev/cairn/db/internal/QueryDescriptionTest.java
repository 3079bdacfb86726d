package dev.cairn.db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.db.library.Author;
import dev.cairn.db.library.Book;
import dev.cairn.db.library.Tag;
import dev.cairn.db.meta.Models;
import dev.cairn.db.query.Exists;
import dev.cairn.db.query.Q;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Queries written back as the QuerySet calls that made them, and the prefetch hints for related loads. */
class QueryDescriptionTest {

    private static Query books() {
        return Query.of(Models.meta(Book.class));
    }

    static Stream<Arguments> descriptions() {
        return Stream.of(
                Arguments.of(books(), "Book.objects.list()"),
                Arguments.of(books().where(Q.of("title", "Emma")).where(Q.of("stock__gt", 2)),
                        "Book.objects.filter(title=\"Emma\").filter(stock__gt=2).list()"),
                Arguments.of(books().where(Q.of("title", "Emma").not()), "Book.objects.exclude(title=\"Emma\").list()"),
                Arguments.of(books().where(Q.of("stock", 1).or(Q.of("stock", 2).not())),
                        "Book.objects.filter((Q(stock=1) | ~Q(stock=2))).list()"),
                Arguments.of(books().where(Q.all(List.of(Q.of("stock", 1), Q.of("price__lt", 3)))),
                        "Book.objects.filter(stock=1, price__lt=3).list()"),
                Arguments.of(books().orderedBy(List.of("-price", "title")).related(List.of("author")).window(2, 4),
                        "Book.objects.orderBy(\"-price\", \"title\").selectRelated(\"author\")[4:6].list()"),
                Arguments.of(books().where(Q.of("title", "x".repeat(60))),
                        "Book.objects.filter(title=\"" + "x".repeat(36) + "...).list()"),
                Arguments.of(books().where(Q.of(Exists.of(Author.objects.all()))),
                        "Book.objects.filter(Exists(Author)).list()"),
                Arguments.of(books().where(Q.of(Exists.of(Author.objects.all()).not())),
                        "Book.objects.exclude(Exists(Author)).list()"),
                Arguments.of(books().where(Q.of(Exists.of(Author.objects.all())).not().or(Q.of("stock", 1))),
                        "Book.objects.filter((~Exists(Author) | Q(stock=1))).list()"),
                Arguments.of(books().distinctRows().locked(new Query.Lock(false, false)).deferring(List.of("title")),
                        "Book.objects.defer(\"title\").distinct().selectForUpdate().list()"));
    }

    @ParameterizedTest
    @MethodSource("descriptions")
    void aQueryReadsAsItsQuerySetCall(Query query, String description) {
        assertEquals(description, QueryDescription.of(query, "list"));
    }

    static Stream<Arguments> hints() {
        String books = "use prefetchRelated(\"books\") on the Author QuerySet";
        String tags = "use prefetchRelated(\"tags\") on the Book QuerySet";
        return Stream.of(
                Arguments.of(books().where(Q.of("author", 1)), books),
                Arguments.of(books().where(Q.of("author__exact", 1)), books),
                Arguments.of(books().where(Q.of("author__id", 1)), books),
                Arguments.of(Query.of(Models.meta(Tag.class)).where(Q.of("books", 7)), tags),
                Arguments.of(books().where(Q.of("tags", 7)), "use prefetchRelated(\"books\") on the Tag QuerySet"),
                Arguments.of(books().where(Q.of("author__name", "x")), null),
                Arguments.of(books().where(Q.of("author", 1).not()), null),
                Arguments.of(books().where(Q.of("author", 1)).where(Q.of("stock", 2)), null),
                Arguments.of(books().where(Q.of("title", "x")), null),
                Arguments.of(Query.of(Models.meta(Author.class)).where(Q.of("pk", 1)), null));
    }

    @ParameterizedTest
    @MethodSource("hints")
    void loadsOfOneObjectsRelatedObjectsSuggestPrefetchRelated(Query query, String hint) {
        assertEquals(hint, QueryDescription.prefetchHint(query));
    }
}
