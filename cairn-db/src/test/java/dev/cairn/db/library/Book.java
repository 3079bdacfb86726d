package dev.cairn.db.library;

import dev.cairn.db.Check;
import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Index;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A book: a key to its author (cascade) and publisher (set null), tags, a price, a genre. */
@Index(fields = {"published", "-price"})
@Check(name = "library_book_price_not_negative", lookup = "price__gte", value = "0")
public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class);

    public Long id;
    @Field(maxLength = 200)
    public String title;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books")
    public Ref<Author> author;
    @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "books")
    public Ref<Publisher> publisher;
    @Field(maxDigits = 8, decimalPlaces = 2, defaultValue = "0")
    public BigDecimal price;
    @Field(defaultValue = "0")
    public Integer stock;
    @Field(maxLength = 20, defaultValue = "NOVEL")
    public Genre genre;
    @Field(nullable = true)
    public LocalDate published;
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
}
