package dev.cairn.db;

/**
 * Work done inside {@link Database#atomic(AtomicWork)} that gives back a value.
 *
 * @param <T> what the work gives back
 * @param <X> the checked exception it may throw, which rolls the block back and goes on to the caller
 */
@FunctionalInterface
public interface AtomicWork<T, X extends Exception> {

    /** Does the work. */
    T run() throws X;
}
