package dev.cairn.benchmarks.peers.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What TechEmpower's database tests ask of every implementation, whatever its server: random ids, the clamping
 * of the {@code queries} parameter, and the fortunes page (the added fortune, the order, the escaping).
 */
public final class Rules {

    /** The database the benchmark script sets up, used when {@code DATABASE_URL} is not set. */
    public static final String LOCAL_DATABASE = "postgres://postgres@127.0.0.1:5432/hello_world";
    /** The fortune added to those read, before sorting. */
    public static final String ADDITIONAL_FORTUNE = "Additional fortune added at request time.";
    /** Reads one row of the world. */
    public static final String SELECT_WORLD_JDBC = "SELECT id, randomnumber FROM world WHERE id = ?";
    /** Gives one row of the world a new number. */
    public static final String UPDATE_WORLD_JDBC = "UPDATE world SET randomnumber = ? WHERE id = ?";
    /** Reads every fortune. */
    public static final String SELECT_FORTUNES = "SELECT id, message FROM fortune";
    private static final int ROWS = 10_000;
    private static final int MAX_QUERIES = 500;

    private Rules() {}

    /** {@code DATABASE_URL}, or the local database. */
    public static String databaseUrl() {
        String url = System.getenv("DATABASE_URL");
        return url == null || url.isBlank() ? LOCAL_DATABASE : url;
    }

    /** A row's id, 1 to 10,000. */
    public static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, ROWS + 1);
    }

    /** A random number from 1 to 10,000 other than {@code current}, so that every update changes its row. */
    public static int otherNumber(int current) {
        int next = ThreadLocalRandom.current().nextInt(1, ROWS);
        return next >= current ? next + 1 : next;
    }

    /** The {@code queries} parameter as the tests read it: a number clamped to 1..500, anything else 1. */
    public static int queries(String parameter) {
        if (parameter == null) {
            return 1;
        }
        try {
            return Math.clamp(Integer.parseInt(parameter.strip()), 1, MAX_QUERIES);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Worlds in order of id, the order updates are written in so that concurrent requests never deadlock. */
    public static List<World> byId(List<World> worlds) {
        List<World> sorted = new ArrayList<>(worlds);
        sorted.sort(Comparator.comparingInt(World::id));
        return sorted;
    }

    /** The fortunes page: those read and the added one, sorted by message, in an HTML table, escaped. */
    public static String fortunesPage(List<Fortune> read) {
        List<Fortune> fortunes = new ArrayList<>(read);
        fortunes.add(new Fortune(0, ADDITIONAL_FORTUNE));
        fortunes.sort(Comparator.comparing(Fortune::message));
        StringBuilder html = new StringBuilder(1_500).append("<!DOCTYPE html><html><head><title>Fortunes</title>"
                + "</head><body><table><tr><th>id</th><th>message</th></tr>");
        for (Fortune fortune : fortunes) {
            html.append("<tr><td>").append(fortune.id()).append("</td><td>");
            escape(fortune.message(), html);
            html.append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
