package dev.cairn.examples.site;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.QuerySet;
import dev.cairn.db.Table;
import dev.cairn.db.query.Q;
import java.time.Instant;

/**
 * One guestbook entry, kept in the database (table {@code guestbook_entry}, app {@code guestbook}); the newest
 * first unless asked otherwise. Its migration, {@code migrations/guestbook/0001_initial.json}, was written by
 * {@code makemigrations} from this declaration.
 */
@Table(app = "guestbook", ordering = {"-created", "-id"})
public class Entry extends Model {

    /** The entries. */
    public static final Manager<Entry> objects = Manager.of(Entry.class);

    /** Its number, given by the database. */
    public Long id;
    /** Who wrote it. */
    @Field(maxLength = 40, verboseName = "your name")
    public String name;
    /** What they wrote; a textarea in the form, a varchar in the database so the form enforces its length. */
    @Field(maxLength = 500)
    public String message;
    /** When it was written, stamped by the first save. */
    @Field(autoNowAdd = true)
    public Instant created;

    /** For the ORM. */
    public Entry() {}

    /** An entry by {@code name}, unsaved. */
    public Entry(String name, String message) {
        this.name = name;
        this.message = message;
    }

    /**
     * The entries whose name or message contains {@code query} in any case, newest first; all for a blank or
     * missing query.
     */
    public static QuerySet<Entry> search(String query) {
        String needle = query == null ? "" : query.strip();
        if (needle.isEmpty()) {
            return objects.all();
        }
        return objects.filter(Q.of("name__icontains", needle).or(Q.of("message__icontains", needle)));
    }

    @Override
    public String toString() {
        return name + ": " + message;
    }
}
