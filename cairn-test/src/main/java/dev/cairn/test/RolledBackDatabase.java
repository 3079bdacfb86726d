package dev.cairn.test;

import dev.cairn.db.Database;
import dev.cairn.db.Databases;
import dev.cairn.db.Model;
import dev.cairn.db.testing.Fixtures;
import dev.cairn.db.testing.Queries;
import dev.cairn.db.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * A test database for a JUnit 5 test class, each test in a transaction rolled back at its end (Django's
 * {@code TestCase}):
 *
 * <pre>{@code
 * @RegisterExtension
 * static RolledBackDatabase db = RolledBackDatabase.of(Author.class, Book.class).fixtures("fixtures/library.json");
 *
 * @Test
 * void listingBooksIsOneQuery() {
 *     db.assertNumQueries(1, () -> Book.objects.selectRelated("author").list());
 * }
 * }</pre>
 *
 * <p>
 * One {@link TestDatabase} serves the whole test run: SQLite in memory, or a throwaway database on the server that
 * {@code CAIRN_TEST_DATABASE_URL} (or {@code -Dcairn.test.database.url}) names, dropped when the run ends. Each
 * class makes the tables of its models (once per run) and installs the database as the application's
 * ({@link Databases#install}), so {@code save()} and {@code Book.objects} need no database name; the databases
 * installed before come back after the class.
 *
 * <p>
 * Lifecycle of each test: a transaction begins; the fixtures load; the class's {@code @BeforeEach} methods run;
 * the test runs; the transaction rolls back, whatever happened, so the next test sees none of it.
 * {@code @AfterEach} methods run after the rollback. Registered on a static field only.
 */
public final class RolledBackDatabase implements BeforeAllCallback, AfterAllCallback, InvocationInterceptor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            RolledBackDatabase.class);

    private final List<Class<? extends Model>> models;
    private final List<String> fixtures;
    private TestDatabase database;
    private Databases before;

    private RolledBackDatabase(List<Class<? extends Model>> models, List<String> fixtures) {
        this.models = List.copyOf(models);
        this.fixtures = List.copyOf(fixtures);
    }

    /** A test database with the tables of these models, in an order where a key's target comes first. */
    @SafeVarargs
    public static RolledBackDatabase of(Class<? extends Model>... models) {
        return new RolledBackDatabase(List.of(models), List.of());
    }

    /** The same, loading these class-path fixtures ({@code "fixtures/library.json"}) at the start of each test. */
    public RolledBackDatabase fixtures(String... resources) {
        List<String> all = new ArrayList<>(fixtures);
        all.addAll(List.of(resources));
        return new RolledBackDatabase(models, all);
    }

    /** The database, installed as {@code default} for the class's tests. */
    public Database database() {
        if (database == null) {
            throw new IllegalStateException("the test database opens before the class's first test; register "
                    + "RolledBackDatabase on a static field with @RegisterExtension");
        }
        return database.database();
    }

    /** See {@link Queries#assertNumQueries(int, Runnable)}. */
    public void assertNumQueries(int expected, Runnable work) {
        Queries.assertNumQueries(expected, work);
    }

    /** See {@link Queries#assertNumQueries(int, Supplier)}. */
    public <T> T assertNumQueries(int expected, Supplier<T> work) {
        return Queries.assertNumQueries(expected, work);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void beforeAll(ExtensionContext context) {
        database = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunDatabase.class,
                key -> new RunDatabase(TestDatabase.create()), RunDatabase.class).database();
        database.createTables(models.toArray(Class[]::new));
        before = Databases.install(database.databases());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Databases.install(before);
    }

    /** Holds a {@code @BeforeEach} method back, to run it inside the test's transaction. */
    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) {
        heldBack(extensionContext).add(invocationContext);
        invocation.skip();
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inTransaction(invocation, extensionContext);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        inTransaction(invocation, extensionContext);
    }

    /** Runs the fixtures, the held-back {@code @BeforeEach} methods and the test in a block that rolls back. */
    private void inTransaction(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        List<ReflectiveInvocationContext<Method>> setUps = heldBack(context);
        try {
            database.rolledBack(() -> {
                try {
                    for (String fixture : fixtures) {
                        Fixtures.loadResource(Databases.DEFAULT, fixture);
                    }
                    for (ReflectiveInvocationContext<Method> setUp : setUps) {
                        run(setUp);
                    }
                    invocation.proceed();
                } catch (Throwable failure) {
                    throw new Carrier(failure);
                }
            });
        } catch (Carrier carrier) {
            throw carrier.getCause();
        } finally {
            setUps.clear();
        }
    }

    private static void run(ReflectiveInvocationContext<Method> setUp) throws Throwable {
        Method method = setUp.getExecutable();
        method.setAccessible(true);
        try {
            method.invoke(setUp.getTarget().orElse(null), setUp.getArguments().toArray());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ReflectiveInvocationContext<Method>> heldBack(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("setUps", key -> new ArrayList<>(), List.class);
    }

    /** Carries a test's failure, of any kind, out of the atomic block that rolls it back. */
    private static final class Carrier extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Carrier(Throwable failure) {
            super(Objects.requireNonNull(failure));
        }
    }

    /** The run's test database, dropped when JUnit closes the root store at the end of the run. */
    private record RunDatabase(TestDatabase database) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            database.close();
        }
    }
}
