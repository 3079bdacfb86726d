package dev.cairn.db.meta;

import java.lang.invoke.MethodHandles;

/**
 * How the ORM reaches a model's fields and constructor: with full access where the model's package is open to it
 * (any class on the class path, or a named module's package opened to {@code dev.cairn.db}), else through public
 * access to an exported package.
 */
final class Access {

    /** What a developer does when neither works. */
    static final String HOW = "make its class, fields and constructor public, and in a named module open its "
            + "package to dev.cairn.db (`opens com.example.blog to dev.cairn.db;`)";

    private Access() {}

    static MethodHandles.Lookup lookup(Class<?> type) throws IllegalAccessException {
        Module orm = Access.class.getModule();
        if (!orm.canRead(type.getModule())) {
            orm.addReads(type.getModule());
        }
        if (type.getModule().isOpen(type.getPackageName(), orm)) {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        }
        return MethodHandles.publicLookup();
    }
}
