package dev.cairn.db.library;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.Table;
import java.time.LocalDate;

/** An author, ordered by name. */
@Table(ordering = "name")
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    public Long id;
    @Field(maxLength = 100)
    public String name;
    @Field(kind = Field.Kind.EMAIL, blank = true, nullable = true)
    public String email;
    @Field(nullable = true)
    public LocalDate born;

    /** For the ORM. */
    public Author() {}

    /** An author called {@code name}. */
    public Author(String name) {
        this.name = name;
    }
}
