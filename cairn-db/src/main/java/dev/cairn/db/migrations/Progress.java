package dev.cairn.db.migrations;

import java.time.Duration;

/**
 * What a migration run tells as it goes, so that a long migration shows where it is: each migration started and
 * done, each operation done with its time, and migrations another node applied meanwhile. The command line prints
 * a line for each; every method does nothing by default.
 */
public interface Progress {

    /** Tells nothing. */
    Progress NONE = new Progress() {
    };

    /** A migration is about to be applied ({@code forwards}) or unapplied. */
    default void started(Migration migration, boolean forwards) {}

    /** Operation {@code index} (from 0) of a migration is done. */
    default void operationDone(Migration migration, int index, Operation operation, Duration took) {}

    /** A migration is applied or unapplied, and recorded. */
    default void done(Migration migration, boolean forwards, Duration took) {}

    /** A migration was already applied (or unapplied) by another node when this one got the lock. */
    default void skipped(Migration migration, boolean forwards) {}
}
