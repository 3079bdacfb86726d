package dev.cairn.db.testing;

import dev.cairn.db.NPlusOne;
import dev.cairn.db.internal.Journal;
import dev.cairn.journey.Journey;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Counts the statements a piece of code runs (Django's {@code assertNumQueries}), by recording its journey:
 *
 * <pre>{@code
 * List<Book> books = Queries.assertNumQueries(1, () -> Book.objects.selectRelated("author").list());
 * }</pre>
 *
 * A statement is one {@code query} or {@code batch} stop on layer {@code db}; transaction steps (BEGIN,
 * SAVEPOINT, COMMIT) are not counted. A failure lists every statement that ran, with its parameters, the
 * application line that ran it and the QuerySet call, and any N+1 among them with its hint.
 */
public final class Queries {

    private Queries() {}

    /**
     * Runs {@code work} and checks that it ran exactly {@code expected} statements.
     *
     * @throws AssertionError listing the statements when the count differs
     */
    public static void assertNumQueries(int expected, Runnable work) {
        Objects.requireNonNull(work, "work");
        assertNumQueries(expected, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work}, checks that it ran exactly {@code expected} statements, and returns its result. */
    public static <T> T assertNumQueries(int expected, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Journey journey = Journey.begin("assertNumQueries");
        T result = journey.carry(work::get);
        List<Journey.Stop> statements = statements(journey);
        if (statements.size() != expected) {
            throw new AssertionError(failure(expected, statements, journey));
        }
        return result;
    }

    /** Runs {@code work} and returns the {@code db} stops of the statements it ran, in order. */
    public static List<Journey.Stop> capture(Runnable work) {
        Journey journey = Journey.begin("captureQueries");
        journey.carry(() -> {
            work.run();
            return null;
        });
        return statements(journey);
    }

    private static List<Journey.Stop> statements(Journey journey) {
        return journey.stops(Journal.LAYER).stream()
                .filter(s -> s.event().equals("query") || s.event().equals("batch"))
                .toList();
    }

    /** The failure message: the counts, then each statement on its own lines, then the N+1 findings. */
    static String failure(int expected, List<Journey.Stop> statements, Journey journey) {
        StringBuilder text = new StringBuilder("expected ").append(count(expected)).append(", but ")
                .append(statements.size()).append(statements.size() == 1 ? " was" : " were").append(" run");
        text.append(statements.isEmpty() ? "" : ":");
        int n = 0;
        for (Journey.Stop stop : statements) {
            var facts = stop.facts();
            text.append("\n  ").append(++n).append(". ").append(facts.get("sql"));
            if (facts.get("params") instanceof List<?> params && !params.isEmpty()) {
                text.append("  ").append(params);
            }
            text.append("\n     at ").append(facts.get("caller"));
            if (facts.get("queryset") != null) {
                text.append(" by ").append(facts.get("queryset"));
            }
        }
        for (NPlusOne.Finding finding : NPlusOne.find(journey)) {
            text.append("\n  N+1: ").append(finding.count()).append(" x ").append(finding.sql()).append("\n     ")
                    .append(finding.hint());
        }
        return text.toString();
    }

    private static String count(int n) {
        return n + (n == 1 ? " query" : " queries");
    }
}
