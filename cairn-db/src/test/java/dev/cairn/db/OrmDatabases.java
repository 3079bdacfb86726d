package dev.cairn.db;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The four test databases with the library's and the related models' tables, opened once for the whole run and
 * shared by every ORM test class that extends with this (each test empties and fills what it reads), then closed
 * and dropped when the run ends: making two server databases per class cost more than the tests themselves.
 */
final class OrmDatabases implements BeforeAllCallback {

    /** Closes the library when JUnit closes its root store, at the end of the run. */
    private record Opened(Library library) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            library.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Opened.class,
                key -> new Opened(RelatedModels.open()), Opened.class);
    }
}
