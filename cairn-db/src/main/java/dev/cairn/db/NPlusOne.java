package dev.cairn.db;

import dev.cairn.db.internal.Journal;
import dev.cairn.journey.Journey;
import dev.cairn.journey.JourneySink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the N+1 statements of a journey: statements of the same shape (the same SQL, lists of placeholders of any
 * length counting as one) run {@value #THRESHOLD} times or more, typically one per object of a list just read.
 * Each finding says how to run them as one: the {@code selectRelated} or {@code prefetchRelated} the statements'
 * own stops suggest (the journal records a {@code hint} for lazy foreign key loads and for loads of one
 * object's related objects), else what fits the kind of statement.
 *
 * <p>
 * Findings are recorded on the journey as {@code db} stops named {@value #EVENT}, with the {@code count}, the
 * {@code sql}, the {@code hint}, the {@code database} and the application lines ({@code callers}) that ran them,
 * where the journey is read: wrap the sink that receives finished journeys (a debug page's, a test's) with
 * {@link #flagging}:
 *
 * <pre>{@code
 * RecentJourneys recent = new RecentJourneys(50);
 * Server.builder().journeys(NPlusOne.flagging(recent));
 * }</pre>
 */
public final class NPlusOne {

    /** How many statements of one shape make an N+1. */
    public static final int THRESHOLD = 3;
    /** The event of the stops that report one. */
    public static final String EVENT = "n+1";
    /** The most distinct callers a finding lists. */
    static final int MAX_CALLERS = 5;

    private static final Pattern PLACEHOLDERS = Pattern.compile("\\?(\\s*,\\s*\\?)+");

    /**
     * Statements of one shape repeated in a journey.
     *
     * @param database the database they ran on
     * @param sql      the SQL of the first of them
     * @param count    how many ran
     * @param hint     how to run them as one
     * @param callers  the application lines that ran them, in order, at most {@value #MAX_CALLERS}
     */
    public record Finding(String database, String sql, int count, String hint, List<String> callers) {}

    private NPlusOne() {}

    /** The N+1 findings among {@code journey}'s statements, in the order their shapes first ran. */
    public static List<Finding> find(Journey journey) {
        return find(journey.stops(Journal.LAYER));
    }

    /** The N+1 findings among these {@code db} stops; other stops are passed over. */
    public static List<Finding> find(List<Journey.Stop> stops) {
        Map<String, List<Map<String, Object>>> byShape = new LinkedHashMap<>();
        for (Journey.Stop stop : stops) {
            if (stop.layer().equals(Journal.LAYER) && stop.event().equals("query")
                    && stop.facts().get("sql") instanceof String sql) {
                byShape.computeIfAbsent(stop.facts().get("database") + "\n" + shape(sql), k -> new ArrayList<>())
                        .add(stop.facts());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Map<String, Object>> group : byShape.values()) {
            if (group.size() >= THRESHOLD) {
                findings.add(finding(group));
            }
        }
        return findings;
    }

    /**
     * Records a {@value #EVENT} stop on {@code journey} for each finding, once: a journey already flagged is left
     * as it is. Returns the findings.
     */
    public static List<Finding> flag(Journey journey) {
        List<Journey.Stop> stops = journey.stops(Journal.LAYER);
        if (stops.stream().anyMatch(s -> s.event().equals(EVENT))) {
            return find(stops);
        }
        List<Finding> findings = find(stops);
        for (Finding finding : findings) {
            journey.record(Journal.LAYER, EVENT, "count", finding.count(), "sql", finding.sql(), "hint",
                    finding.hint(), "database", finding.database(), "callers", finding.callers());
        }
        return findings;
    }

    /** A sink that flags each journey's N+1 statements ({@link #flag}) before handing it to {@code next}. */
    public static JourneySink flagging(JourneySink next) {
        Objects.requireNonNull(next, "next");
        return journey -> {
            flag(journey);
            next.arrived(journey);
        };
    }

    /** The SQL with its whitespace and its lists of placeholders made uniform. */
    static String shape(String sql) {
        return PLACEHOLDERS.matcher(sql.strip().replaceAll("\\s+", " ")).replaceAll("?...");
    }

    private static Finding finding(List<Map<String, Object>> group) {
        Map<String, Object> first = group.getFirst();
        String sql = (String) first.get("sql");
        String hint = null;
        Set<String> callers = new LinkedHashSet<>();
        for (Map<String, Object> facts : group) {
            if (hint == null && facts.get("hint") instanceof String given) {
                hint = given;
            }
            if (callers.size() < MAX_CALLERS && facts.get("caller") instanceof String caller) {
                callers.add(caller);
            }
        }
        return new Finding(String.valueOf(first.get("database")), sql, group.size(),
                hint != null ? hint : generalHint(sql), List.copyOf(callers));
    }

    /** What to do about a repeated statement nothing more is known of, by its kind. */
    static String generalHint(String sql) {
        String verb = sql.stripLeading().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return switch (verb) {
            case "INSERT" -> "use bulkCreate to insert the objects in one statement";
            case "UPDATE" -> "use bulkUpdate, or QuerySet.update with an F expression, to update them together";
            case "DELETE" -> "use QuerySet.delete to delete them together";
            default -> "load the rows in one query: selectRelated for a foreign key, prefetchRelated for a reverse "
                    + "or many-to-many relation, or filter(\"pk__in\", keys)";
        };
    }
}
