package dev.cairn.web.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * An exception and everything it carries, in the order {@link Throwable#printStackTrace()} prints them: the
 * exception, its suppressed exceptions (nested under it), then its cause and the cause's own, and so on.
 *
 * <p>
 * As in {@code printStackTrace}, the frames an enclosed exception shares with the one enclosing it are counted
 * rather than repeated, and an exception met twice (a cycle of causes) is not followed again.
 */
final class ExceptionChain {

    /**
     * One exception of the chain.
     *
     * @param relation       how it relates to the one before: {@code ""} for the first, {@code "Caused by"} or
     *                       {@code "Suppressed"}
     * @param depth          how deeply it is nested under suppressed exceptions, 0 for the main chain
     * @param error          the exception
     * @param frames         its own frames, without those shared with the enclosing exception
     * @param framesInCommon how many frames it shares with the enclosing exception, left out of {@code frames}
     */
    record Link(String relation, int depth, Throwable error, List<StackTraceElement> frames, int framesInCommon) {}

    private ExceptionChain() {}

    /** The links of the chain starting at {@code error}. */
    static List<Link> of(Throwable error) {
        List<Link> links = new ArrayList<>();
        visit(error, "", 0, new StackTraceElement[0], links, Collections.newSetFromMap(new IdentityHashMap<>()));
        return links;
    }

    private static void visit(Throwable error, String relation, int depth, StackTraceElement[] enclosing,
            List<Link> links, Set<Throwable> seen) {
        if (!seen.add(error)) {
            return;
        }
        StackTraceElement[] trace = error.getStackTrace();
        int common = relation.isEmpty() ? 0 : framesInCommon(trace, enclosing);
        links.add(new Link(relation, depth, error, List.of(trace).subList(0, trace.length - common), common));
        for (Throwable suppressed : error.getSuppressed()) {
            visit(suppressed, "Suppressed", depth + 1, trace, links, seen);
        }
        if (error.getCause() != null) {
            visit(error.getCause(), "Caused by", depth, trace, links, seen);
        }
    }

    /** How many frames at the bottom of {@code trace} equal those at the bottom of {@code enclosing}. */
    private static int framesInCommon(StackTraceElement[] trace, StackTraceElement[] enclosing) {
        int m = trace.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        return trace.length - 1 - m;
    }
}
