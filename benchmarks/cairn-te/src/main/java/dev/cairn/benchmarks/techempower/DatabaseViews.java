package dev.cairn.benchmarks.techempower;

import dev.cairn.db.Database;
import dev.cairn.db.Databases;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The views of TechEmpower's four database tests, written as an application would write them with the ORM: one
 * {@code get} per row read, {@code bulkUpdate} for the updates, {@code all()} and a template for the fortunes.
 */
final class DatabaseViews {

    /** The most rows one request of the queries and updates tests asks for. */
    static final int MAX_QUERIES = 500;
    /** The fortune the test adds to those read, before sorting. */
    static final String ADDITIONAL_FORTUNE = "Additional fortune added at request time.";
    private static final int ROWS = 10_000;

    private DatabaseViews() {}

    /** {@code /db}: one random row. */
    static Response db(Request request) {
        return Response.json(randomWorld().json());
    }

    /** {@code /queries?queries=N}: N random rows, each read with a query of its own, as the test requires. */
    static Response queries(Request request) {
        int count = queries(request.query("queries"));
        // One connection for the request's N statements, as Django keeps one per request.
        return database().connected(() -> {
            List<World.Json> worlds = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                worlds.add(randomWorld().json());
            }
            return Response.json(worlds);
        });
    }

    private static Database database() {
        return Databases.installed().defaultDatabase();
    }

    /**
     * {@code /updates?queries=N}: N random rows read one by one, each given a new random number, and all saved in
     * one {@code bulkUpdate}. The rows are saved in order of id, so that two requests updating the same rows take
     * their locks in the same order and never deadlock.
     */
    static Response updates(Request request) {
        int count = queries(request.query("queries"));
        return database().connected(() -> {
            List<World> worlds = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                World world = randomWorld();
                world.randomNumber = otherNumber(world.randomNumber);
                worlds.add(world);
            }
            List<World> byId = new ArrayList<>(worlds);
            byId.sort(Comparator.comparingInt(w -> w.id));
            World.objects.bulkUpdate(byId);
            return Response.json(worlds.stream().map(World::json).toList());
        });
    }

    /** {@code /fortunes}: every fortune and one more, sorted by message, escaped by the template. */
    static Response fortunes(Request request) {
        List<Fortune> fortunes = new ArrayList<>(Fortune.objects.all().list());
        fortunes.add(new Fortune(0, ADDITIONAL_FORTUNE));
        fortunes.sort(Comparator.comparing(f -> f.message));
        return request.render("fortunes.html", Map.of("fortunes", fortunes));
    }

    /** The {@code queries} parameter as the test reads it: a number clamped to 1..500, anything else 1. */
    static int queries(String parameter) {
        if (parameter == null) {
            return 1;
        }
        try {
            return Math.clamp(Integer.parseInt(parameter.strip()), 1, MAX_QUERIES);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static World randomWorld() {
        return World.objects.get("id", randomId());
    }

    private static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, ROWS + 1);
    }

    /** A random number other than {@code current}, so that every update really changes its row. */
    private static int otherNumber(int current) {
        int next = ThreadLocalRandom.current().nextInt(1, ROWS);
        return next >= current ? next + 1 : next;
    }
}
