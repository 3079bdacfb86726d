package dev.cairn.contrib.shelf;

import dev.cairn.contrib.auth.ModelPermissions;
import dev.cairn.contrib.views.AbsoluteUrl;
import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import dev.cairn.db.Table;
import dev.cairn.db.ValidationError;
import dev.cairn.web.Request;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A book: a field of every kind a form edits, a key to its author, tags, rules across fields, its page, and a
 * permission of its own.
 */
@Table(uniqueTogether = "title, author")
@ModelPermissions(custom = @ModelPermissions.Custom(codename = "lend_book", name = "Can lend book"))
public class Book extends Model implements AbsoluteUrl {
    public static final Manager<Book> objects = Manager.of(Book.class);

    public Long id;
    @Field(maxLength = 40)
    public String title;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books", helpText = "Who wrote it.")
    public Ref<Author> author;
    @Field(maxDigits = 5, decimalPlaces = 2)
    public BigDecimal price;
    @Field(defaultValue = "0")
    public Integer pages;
    @Field(defaultValue = "1")
    public Short copies;
    @Field(defaultValue = "0", verboseName = "copies sold")
    public Long sold;
    @Field(nullable = true, blank = true)
    public Double rating;
    @Field(defaultValue = "false", verboseName = "in print")
    public Boolean inPrint;
    @Field(maxLength = 20, defaultValue = "NOVEL")
    public Genre genre;
    @Field(nullable = true, blank = true)
    public LocalDate published;
    @Field(nullable = true, blank = true, verboseName = "reading starts")
    public LocalTime readingStarts;
    @Field(nullable = true, blank = true, verboseName = "last borrowed")
    public Instant lastBorrowed;
    @Field(nullable = true, blank = true)
    public UUID isbn;
    @Field(blank = true)
    public String summary = "";
    @Field(autoNowAdd = true)
    public Instant created;
    @ManyToMany(relatedName = "books", blank = true)
    public Many<Tag> tags;

    /** For the ORM. */
    public Book() {}

    /** A book by {@code author}. */
    public Book(String title, Author author, String price) {
        this.title = title;
        this.author.set(author);
        this.price = new BigDecimal(price);
    }

    /** Poetry is cheap, and a book nobody prints cannot have sold more than it had. */
    @Override
    protected void clean() {
        if (genre == Genre.POETRY && price != null && price.compareTo(new BigDecimal("50")) > 0) {
            throw new ValidationError(Map.of("price", List.of("Poetry costs at most 50.")));
        }
        if (Boolean.FALSE.equals(inPrint) && sold != null && copies != null && sold > copies) {
            throw new ValidationError("A book out of print cannot have sold more copies than were made.");
        }
    }

    /** The book's page. */
    @Override
    public String absoluteUrl(Request request) {
        return request.reverse("book-detail", id);
    }

    @Override
    public String toString() {
        return title;
    }
}
