package dev.cairn.db.internal;

import dev.cairn.db.Param;
import dev.cairn.journey.Journey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records the database's work on layer {@code db} of the current journey: each statement ({@code query}, or
 * {@code batch}) with the database's name, the SQL, its parameters rendered short, the time, the rows and the
 * caller; and each transaction step ({@code begin}, {@code savepoint}, {@code release}, {@code commit},
 * {@code rollback}).
 *
 * <p>
 * The caller is the first stack frame outside Cairn's database code and the JDK: the line of application code
 * that caused the statement. Walking the stack costs, so it is done only while a journey is recording.
 */
public final class Journal {

    /** The layer every stop of this class is recorded on. */
    public static final String LAYER = "db";
    /** The most characters of one parameter's value that a journey keeps. */
    static final int MAX_VALUE = 200;

    private static final StackWalker WALKER = StackWalker.getInstance();

    private Journal() {}

    /** The journey recording now, or null; callers test it before computing what only a journey needs. */
    public static Journey journey() {
        return Journey.current();
    }

    /** Records one statement on {@code journey}, which is not null. */
    public static void statement(Journey journey, String event, String database, String sql, List<?> params,
            long nanos, long rows, String caller) {
        journey.record(LAYER, event, "database", database, "sql", sql, "params", render(params),
                "micros", nanos / 1_000, "rows", rows, "caller", caller);
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
