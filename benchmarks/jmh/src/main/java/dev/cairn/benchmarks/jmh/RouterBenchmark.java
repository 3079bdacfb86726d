package dev.cairn.benchmarks.jmh;

import dev.cairn.http.HttpException;
import dev.cairn.web.routing.Resolution;
import dev.cairn.web.routing.Resolver;
import dev.cairn.web.routing.Route;
import dev.cairn.web.routing.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What resolving a path costs as the route table grows: the resolver compiles its routes into a segment tree, so
 * the time should stay flat from 10 to 1,000 routes, where Django's linear scan grows with the table.
 *
 * <ul>
 * <li>{@code lastRoute}: a path that only the last-declared route matches, the worst case for a linear scan.</li>
 * <li>{@code noMatch}: a path that no route matches, which a linear scan must try against every route.</li>
 * </ul>
 *
 * <p>
 * The routes have the shapes of a real site: a static page, a detail page with {@code <int:pk>}, an edit page
 * with {@code <slug:slug>}, and an archive with {@code <int:year>/<slug:slug>}, each under its own app prefix.
 * No journey is recorded, as in production.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RouterBenchmark {
    /** How many routes the table holds. */
    @Param({"10", "100", "1000"})
    public int routes;

    private Resolver<Integer> resolver;
    private String lastPath;

    /** Builds the table and checks that the paths resolve as the benchmark names say. */
    @Setup
    public void setUp() throws HttpException {
        List<Route<Integer>> table = new ArrayList<>(routes);
        for (int i = 0; i < routes; i++) {
            String app = "app" + i / 4;
            table.add(switch (i % 4) {
                case 0 -> Routes.path(app + "/about/", i, "about-" + i);
                case 1 -> Routes.path(app + "/items/<int:pk>/", i, "item-" + i);
                case 2 -> Routes.path(app + "/items/<slug:slug>/edit/", i, "edit-" + i);
                default -> Routes.path(app + "/<int:year>/<slug:slug>/", i, "archive-" + i);
            });
        }
        resolver = Resolver.<Integer>builder().routes(table).build();
        lastPath = resolver.reverse(table.getLast().name(), lastArgs(routes - 1));
        if (!(resolver.resolve("GET", lastPath) instanceof Resolution.Match<Integer> m) || m.view() != routes - 1) {
            throw new IllegalStateException(lastPath + " does not resolve to the last route");
        }
        if (!(resolver.resolve("GET", "/app0/nothing/here/") instanceof Resolution.NotFound)) {
            throw new IllegalStateException("/app0/nothing/here/ resolves");
        }
    }

    private static Object[] lastArgs(int index) {
        return switch (index % 4) {
            case 0 -> new Object[]{};
            case 1 -> new Object[]{12345L};
            case 2 -> new Object[]{"hello-world"};
            default -> new Object[]{2024L, "hello-world"};
        };
    }

    /** Resolves a path that only the last-declared route matches. */
    @Benchmark
    public Resolution<Integer> lastRoute() throws HttpException {
        return resolver.resolve("GET", lastPath);
    }

    /** Resolves a path that no route matches. */
    @Benchmark
    public Resolution<Integer> noMatch() throws HttpException {
        return resolver.resolve("GET", "/app0/nothing/here/");
    }
}
