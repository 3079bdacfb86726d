package dev.cairn.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionChainTest {

    @Test
    void aLoneExceptionIsOneLinkWithAllItsFrames() {
        IllegalStateException error = new IllegalStateException("alone");
        List<ExceptionChain.Link> chain = ExceptionChain.of(error);
        assertEquals(1, chain.size());
        assertEquals("", chain.getFirst().relation());
        assertEquals(List.of(error.getStackTrace()), chain.getFirst().frames());
        assertEquals(0, chain.getFirst().framesInCommon());
    }

    @Test
    void causesAndSuppressedComeInPrintStackTraceOrder() {
        IOException root = new IOException("disk");
        UncheckedIOException middle = new UncheckedIOException("wrapped", root);
        IllegalStateException top = new IllegalStateException("top", middle);
        IllegalArgumentException closing = new IllegalArgumentException("close failed");
        closing.addSuppressed(new ArithmeticException("nested suppressed"));
        top.addSuppressed(closing);

        List<ExceptionChain.Link> chain = ExceptionChain.of(top);

        assertEquals(List.of(": top", "Suppressed: close failed", "Suppressed: nested suppressed",
                "Caused by: wrapped", "Caused by: disk"),
                chain.stream().map(l -> l.relation() + ": " + l.error().getMessage()).toList());
        assertEquals(List.of(0, 1, 2, 0, 0), chain.stream().map(ExceptionChain.Link::depth).toList());
        assertSame(root, chain.getLast().error());
    }

    @Test
    void framesSharedWithTheEnclosingExceptionAreCounted() {
        IllegalStateException top = nested();
        List<ExceptionChain.Link> chain = ExceptionChain.of(top);
        ExceptionChain.Link cause = chain.get(1);
        int total = top.getCause().getStackTrace().length;
        // The cause's own frames are inner() and the line of nested() that called it; the rest is shared.
        assertEquals(total - 2, cause.framesInCommon());
        assertEquals(List.of(top.getCause().getStackTrace()).subList(0, 2), cause.frames());
        assertEquals(List.of("inner", "nested"), cause.frames().stream().map(StackTraceElement::getMethodName)
                .toList());
    }

    private static IllegalStateException nested() {
        try {
            inner();
            throw new AssertionError("inner() throws");
        } catch (IllegalArgumentException e) {
            return new IllegalStateException("outer", e);
        }
    }

    private static void inner() {
        throw new IllegalArgumentException("inner");
    }

    @Test
    void aCycleOfCausesIsFollowedOnce() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalArgumentException b = new IllegalArgumentException("b", a);
        a.initCause(b);
        assertEquals(List.of("a", "b"), ExceptionChain.of(a).stream().map(l -> l.error().getMessage()).toList());
    }
}
