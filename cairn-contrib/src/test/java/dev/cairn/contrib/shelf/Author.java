package dev.cairn.contrib.shelf;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.Table;
import java.time.LocalDate;

/** An author, found by slug, ordered by name. */
@Table(ordering = "name")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    public Long id;
    @Field(maxLength = 60, helpText = "As printed on the cover.")
    public String name;
    @Field(kind = Field.Kind.SLUG, maxLength = 60, unique = true)
    public String slug;
    @Field(kind = Field.Kind.EMAIL, blank = true, nullable = true)
    public String email;
    @Field(kind = Field.Kind.URL, blank = true, verboseName = "home page")
    public String website = "";
    @Field(nullable = true, blank = true)
    public LocalDate born;
    @Field(defaultValue = "true")
    public Boolean active;

    /** For the ORM. */
    public Author() {}

    /** An author called {@code name}, found at {@code slug}. */
    public Author(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    @Override
    public String toString() {
        return name;
    }
}
