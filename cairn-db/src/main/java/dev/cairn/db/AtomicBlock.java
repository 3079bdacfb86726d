package dev.cairn.db;

/**
 * Work done inside {@link Database#atomic(AtomicBlock)} that gives back nothing.
 *
 * @param <X> the checked exception it may throw, which rolls the block back and goes on to the caller
 */
@FunctionalInterface
public interface AtomicBlock<X extends Exception> {

    /** Does the work. */
    void run() throws X;
}
