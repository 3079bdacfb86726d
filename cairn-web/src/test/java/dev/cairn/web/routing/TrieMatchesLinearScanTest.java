package dev.cairn.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.HttpException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The segment tree must answer exactly what Django's linear scan answers: the first route in declaration order
 * whose regular expression matches and which accepts the method. This test builds random route tables, resolves
 * random paths both ways and compares the view, the kwargs and the 404/405 outcome.
 */
class TrieMatchesLinearScanTest {
    private static final String[] TEXTS = {"a", "b", "users", "1", "42", "x-y", "", "é"};
    private static final String[] CONVERTERS = {"int", "str", "slug", "path"};
    private static final Map<String, String> REGEX = Map.of("int", "([0-9]+)", "str", "([^/]+)", "slug",
            "([-a-zA-Z0-9_]+)", "path", "(.+)");
    private static final String[] VALUES = {"a", "b", "users", "1", "42", "x-y", "", "é", "a b", "7", "q_z"};
    private static final List<String> METHODS = List.of("GET", "POST", "DELETE", "HEAD");

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void trieGivesTheLinearScansAnswer(long seed) throws HttpException {
        Random random = new Random(seed);
        List<Route<Integer>> routes = new ArrayList<>();
        Resolver<Integer> resolver = Resolver.<Integer>builder().build();
        int wanted = 1 + random.nextInt(30);
        for (int i = 0; i < wanted; i++) {
            List<Route<Integer>> attempt = new ArrayList<>(routes);
            attempt.add(randomRoute(random, routes.size()));
            try {
                resolver = Resolver.<Integer>builder().routes(attempt).build();
                routes = attempt;
            } catch (RoutingException conflict) {
                // A route an earlier one shadows (routing.E007) or with a leading '/' (routing.E005): leave it out.
            }
        }
        int found = 0;
        for (int i = 0; i < 300; i++) {
            String path = random.nextBoolean() ? randomPath(random) : pathFor(random, routes);
            String method = METHODS.get(random.nextInt(METHODS.size()));
            String expected = linearScan(routes, method, path);
            assertEquals(expected, describe(resolver.resolve(method, "/" + path)),
                    () -> "seed " + seed + ", " + method + " '" + path + "'");
            found += expected.equals("not found") ? 0 : 1;
        }
        // Guard the test itself: a table where nothing ever matches would compare nothing of interest.
        assertTrue(routes.isEmpty() || found > 0, "seed " + seed + " never matched");
    }

    private static Route<Integer> randomRoute(Random random, int index) {
        int segments = 1 + random.nextInt(4);
        StringBuilder pattern = new StringBuilder();
        for (int s = 0; s < segments; s++) {
            if (s > 0) {
                pattern.append('/');
            }
            if (random.nextInt(3) == 0) {
                pattern.append('<').append(CONVERTERS[random.nextInt(CONVERTERS.length)]).append(":p").append(s)
                        .append('>');
            } else {
                pattern.append(TEXTS[random.nextInt(TEXTS.length)]);
            }
        }
        Route<Integer> route = Routes.path(pattern.toString(), index);
        return switch (random.nextInt(4)) {
            case 0 -> route.methods("GET");
            case 1 -> route.methods("POST", "DELETE");
            default -> route;
        };
    }

    private static String randomPath(Random random) {
        int segments = 1 + random.nextInt(5);
        StringBuilder path = new StringBuilder();
        for (int s = 0; s < segments; s++) {
            path.append(s > 0 ? "/" : "").append(VALUES[random.nextInt(VALUES.length)]);
        }
        return path.toString();
    }

    /** A path made from one route's pattern with random values, so that matches are common. */
    private static String pathFor(Random random, List<Route<Integer>> routes) {
        String pattern = routes.get(random.nextInt(routes.size())).pattern();
        return Pattern.compile("<[a-z]+:p[0-9]>").matcher(pattern)
                .replaceAll(m -> Matcher.quoteReplacement(VALUES[random.nextInt(VALUES.length)]));
    }

    /** Django's way: try each route's regular expression in order. */
    private static String linearScan(List<Route<Integer>> routes, String method, String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route<Integer> route : routes) {
            List<String> converters = new ArrayList<>();
            StringBuilder regex = new StringBuilder();
            String[] segments = route.pattern().split("/", -1);
            for (int s = 0; s < segments.length; s++) {
                String segment = segments[s];
                regex.append(s > 0 ? "/" : "");
                if (segment.startsWith("<")) {
                    String converter = segment.substring(1, segment.indexOf(':'));
                    converters.add(converter);
                    regex.append(REGEX.get(converter));
                } else {
                    regex.append(segment.isEmpty() ? "" : Pattern.quote(segment));
                }
            }
            Matcher matcher = Pattern.compile(regex.toString()).matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            Set<String> methods = route.acceptedMethods();
            if (methods.isEmpty() || methods.contains(method) || method.equals("HEAD") && methods.contains("GET")) {
                List<Object> values = new ArrayList<>();
                for (int g = 0; g < converters.size(); g++) {
                    String text = matcher.group(g + 1);
                    values.add(converters.get(g).equals("int") ? (Object) Long.parseLong(text) : text);
                }
                return "match " + route.view() + " " + values;
            }
            allowed.addAll(methods);
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed.isEmpty() ? "not found" : "405 " + allowed;
    }

    private static String describe(Resolution<Integer> resolution) {
        return switch (resolution) {
            case Resolution.Match<Integer> m -> "match " + m.view() + " " + List.copyOf(m.kwargs().values());
            case Resolution.NotFound<Integer> n -> "not found";
            case Resolution.MethodNotAllowed<Integer> n -> "405 " + n.allowed();
        };
    }
}
