/**
 * The journey: the record of what each layer did to one request, from the socket to the SQL and back.
 *
 * <p>
 * Layers write to it through {@link dev.cairn.journey.Journey#current()}, which is null when recording is off,
 * so a layer's whole cost with recording off is one read of a scoped value and a null check.
 */
module dev.cairn.journey {
    exports dev.cairn.journey;
}
