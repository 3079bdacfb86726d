package dev.cairn.contrib.shelf;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;

/** A book lent out: while it exists, the book cannot be deleted. */
public class Loan extends Model {
    public static final Manager<Loan> objects = Manager.of(Loan.class);

    public Long id;
    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "loans")
    public Ref<Book> book;
    @Field(maxLength = 60)
    public String borrower;

    /** For the ORM. */
    public Loan() {}

    /** {@code book} lent to {@code borrower}. */
    public Loan(Book book, String borrower) {
        this.book.set(book);
        this.borrower = borrower;
    }
}
