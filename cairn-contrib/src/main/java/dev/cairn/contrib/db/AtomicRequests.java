package dev.cairn.contrib.db;

import dev.cairn.db.Database;
import dev.cairn.db.Databases;
import dev.cairn.journey.Journey;
import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.settings.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Runs the rest of each request (the inner middleware and the view) in a transaction on each chosen database,
 * Django's {@code ATOMIC_REQUESTS}: everything the view wrote commits together when the response is not a server
 * error, and rolls back together when the view threw (which the framework answers 500) or answered 5xx.
 *
 * <p>
 * A view's own atomic blocks become savepoints inside the request's transaction. An {@link dev.cairn.web.HttpError}
 * of 4xx is an answer, not a failure: its writes commit, where Django, which sees the exception, would roll them
 * back. Put this middleware low in the stack, so that no outer middleware runs inside the transaction; the
 * response's body is written after the commit. The rollback is recorded on the journey ({@code db}, {@code
 * atomic-request}).
 */
public final class AtomicRequests implements Middleware {

    private final List<String> names;

    private AtomicRequests(List<String> names) {
        this.names = names;
    }

    /** A transaction per request on each installed database. */
    public static AtomicRequests all() {
        return new AtomicRequests(null);
    }

    /** A transaction per request on each of these databases. */
    public static AtomicRequests on(String... databases) {
        Arrays.stream(databases).forEach(name -> Objects.requireNonNull(name, "database name"));
        return new AtomicRequests(List.of(databases));
    }

    /**
     * As {@link DatabaseSettings#ATOMIC_REQUESTS} says: {@code true} for every database, {@code false} or nothing for
     * none (a middleware that only passes the request on), or the names of some.
     */
    public static AtomicRequests fromSettings(Settings settings) {
        String value = settings.get(DatabaseSettings.ATOMIC_REQUESTS, "").strip();
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> all();
            case "", "false", "0", "no", "off" -> on();
            default -> on(settings.list(DatabaseSettings.ATOMIC_REQUESTS).toArray(String[]::new));
        };
    }

    /** The databases wrapped, by name, or null for every installed one. */
    public List<String> databases() {
        return names;
    }

    @Override
    public Response handle(Request request, Chain next) throws Exception {
        List<Database> databases = new ArrayList<>();
        Databases installed = Databases.installed();
        for (String name : names == null ? installed.names() : names) {
            databases.add(installed.get(name));
        }
        return around(databases, 0, request, next);
    }

    /** The rest of the request inside a block on each database from {@code index} on, the first outermost. */
    private static Response around(List<Database> databases, int index, Request request, Chain next) {
        if (index == databases.size()) {
            return next.proceed(request);
        }
        Database database = databases.get(index);
        return database.atomic(() -> {
            Response response = around(databases, index + 1, request, next);
            if (response.status() >= 500) {
                database.setRollback(true);
                Journey journey = Journey.current();
                if (journey != null) {
                    journey.record("db", "atomic-request", "database", database.name(), "rollback", true,
                            "status", response.status());
                }
            }
            return response;
        });
    }

    @Override
    public String toString() {
        return "AtomicRequests" + (names == null ? "[all]" : names);
    }
}
