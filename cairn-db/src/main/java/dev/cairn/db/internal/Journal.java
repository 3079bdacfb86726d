package dev.cairn.db.internal;

import dev.cairn.db.Param;
import dev.cairn.journey.Journey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Records the database's work on layer {@code db} of the current journey: each statement ({@code query}, or
 * {@code batch}) with the database's name, the SQL, its parameters rendered short, the time, the rows, the
 * caller and the ORM call that produced it; and each transaction step ({@code begin}, {@code savepoint},
 * {@code release}, {@code commit}, {@code rollback}).
 *
 * <p>
 * The caller is the first stack frame outside Cairn's database code and the JDK: the line of application code
 * that caused the statement. The ORM call ({@code queryset}) is the QuerySet written back
 * ({@code Book.objects.filter(title="Emma").list()}) when the QuerySet announced it with {@link #origin}, else the
 * ORM method the application called ({@code Model.save()}). A lazy load of a foreign key adds {@code lazy}
 * ({@code Book.author}) and a {@code hint}; {@code dev.cairn.db.NPlusOne} reads these to explain repeated statements. Walking
 * the stack and describing the query cost, so they are done only while a journey is recording: with none, each
 * hook is one null check.
 */
public final class Journal {

    /** The layer every stop of this class is recorded on. */
    public static final String LAYER = "db";
    /** The most characters of one parameter's value that a journey keeps. */
    static final int MAX_VALUE = 200;

    private static final StackWalker WALKER = StackWalker.getInstance();

    /** The QuerySet about to run a statement on this thread, kept only while a journey records. */
    private static final ThreadLocal<Origin> ORIGIN = new ThreadLocal<>();

    /** The foreign key being loaded lazily on this thread ({@code Book.author}), bound by {@link #lazily}. */
    private static final ScopedValue<LazyLoad> LAZY = ScopedValue.newInstance();

    /** A QuerySet's query and the method running it, for the statement whose SQL is {@code sql}. */
    private record Origin(String sql, Query query, String terminal) {}

    /** A foreign key {@code field} of {@code model} whose target is being loaded on its own. */
    private record LazyLoad(String model, String field) {}

    private Journal() {}

    /**
     * Says that {@code query} is about to run {@code sql} for the QuerySet method {@code terminal} ({@code list},
     * {@code count}, ...), so that the statement's stop names the QuerySet call. QuerySet calls it just before
     * handing the statement to the database; it costs a null check when no journey records.
     */
    public static void origin(String sql, Query query, String terminal) {
        if (Journey.current() != null) {
            ORIGIN.set(new Origin(sql, query, terminal));
        }
    }

    /**
     * Runs {@code load}, the query that loads the target of foreign key {@code field} of {@code model} for one
     * object, marked as a lazy load so that repeats of it are explained with {@code selectRelated}.
     */
    public static <T, X extends Throwable> T lazily(String model, String field, ScopedValue.CallableOp<T, X> load)
            throws X {
        if (Journey.current() == null) {
            return load.call();
        }
        return ScopedValue.where(LAZY, new LazyLoad(model, field)).call(load);
    }

    /** The journey recording now, or null; callers test it before computing what only a journey needs. */
    public static Journey journey() {
        return Journey.current();
    }

    /** Records one statement on {@code journey}, which is not null. */
    public static void statement(Journey journey, String event, String database, String sql, List<?> params,
            long nanos, long rows, String caller) {
        List<Object> facts = new ArrayList<>(List.of("database", database, "sql", sql, "params", render(params),
                "micros", nanos / 1_000, "rows", rows, "caller", caller));
        Origin origin = ORIGIN.get();
        String hint = null;
        if (origin != null && origin.sql().equals(sql)) {
            ORIGIN.remove();
            facts.addAll(List.of("queryset", QueryDescription.of(origin.query(), origin.terminal())));
            hint = QueryDescription.prefetchHint(origin.query());
        } else {
            facts.addAll(Arrays.asList("queryset", apiCall()));
        }
        if (LAZY.isBound()) {
            LazyLoad lazy = LAZY.get();
            facts.addAll(List.of("lazy", lazy.model() + "." + lazy.field()));
            hint = "use selectRelated(\"" + lazy.field() + "\") on the " + lazy.model() + " QuerySet";
        }
        if (hint != null) {
            facts.addAll(List.of("hint", hint));
        }
        journey.record(LAYER, event, facts.toArray());
    }

    /**
     * The ORM method the application called ({@code QuerySet.list()}, {@code Model.save()}): the last frame of
     * Cairn's public database classes before the application's; null when the application ran SQL itself.
     */
    static String apiCall() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames
                .takeWhile(f -> isInternal(f.getClassName()))
                .filter(f -> isApi(f.getClassName()))
                .reduce((first, second) -> second));
        return frame.map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                + f.getMethodName() + "()").orElse(null);
    }

    private static boolean isApi(String className) {
        return className.startsWith("dev.cairn.db.") && className.indexOf('.', "dev.cairn.db.".length()) < 0
                && className.indexOf('$') < 0;
    }

    /** Records a transaction step when a journey is recording. */
    public static void transaction(String event, String database, int depth) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record(LAYER, event, "database", database, "depth", depth, "caller", caller());
        }
    }

    /** {@code class.method:line} of the first frame outside {@code dev.cairn.db}, the JDK and the pool. */
    public static String caller() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames
                .filter(f -> !isInternal(f.getClassName()))
                .findFirst());
        return frame.map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber()).orElse("?");
    }

    private static boolean isInternal(String className) {
        return className.startsWith("dev.cairn.db.") || className.startsWith("java.")
                || className.startsWith("jdk.") || className.startsWith("com.zaxxer.");
    }

    /** Each parameter as short text: at most {@value #MAX_VALUE} characters, bytes as their count. */
    static List<String> render(List<?> params) {
        List<String> rendered = new ArrayList<>(params.size());
        for (Object param : params) {
            rendered.add(renderOne(param instanceof Param p ? p.value() : param));
        }
        return List.copyOf(rendered);
    }

    private static String renderOne(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        String text = value.toString();
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 3) + "...";
    }
}
