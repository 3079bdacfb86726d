package dev.cairn.journey;

/** Where finished journeys go: a debug page's buffer, a log, a test's assertions. */
@FunctionalInterface
public interface JourneySink {

    /** Receives a journey once its request is done; called on the request's thread, so keep it quick. */
    void arrived(Journey journey);
}
