package dev.cairn.examples.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guestbook's entries, kept in memory (the ORM arrives in its own issue); newest first, safe for concurrent
 * requests.
 */
public final class Guestbook {

    private final List<Entry> entries = new ArrayList<>();
    private final Clock clock;

    /** An empty guestbook reading the time from a clock. */
    public Guestbook(Clock clock) {
        this.clock = clock;
    }

    /** Adds an entry and returns it. */
    public synchronized Entry add(String name, String message) {
        Entry entry = new Entry(entries.size() + 1, name, message, clock.instant());
        entries.add(entry);
        return entry;
    }

    /** The entries whose name or message contains the query (any case), newest first; all for a blank query. */
    public synchronized List<Entry> search(String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return entries.reversed().stream()
                .filter(e -> needle.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(needle)
                        || e.message().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    /** The entry with this number, if there is one. */
    public synchronized Optional<Entry> find(long id) {
        return id >= 1 && id <= entries.size() ? Optional.of(entries.get((int) id - 1)) : Optional.empty();
    }
}
