package dev.cairn.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.db.Databases;
import dev.cairn.test.shop.Customer;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each test starts from the fixture and the {@code @BeforeEach} row, whatever the tests before it wrote: the
 * tests run in order, and each later one checks that an earlier one's change is gone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RolledBackDatabaseTest {

    @RegisterExtension
    static final RolledBackDatabase DB = RolledBackDatabase.of(Customer.class, dev.cairn.test.shop.Order.class)
            .fixtures("fixtures/shop.json");

    private Customer made;

    @BeforeEach
    void makeACustomerInTheTestsTransaction() {
        made = new Customer("Barbara");
        made.save();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aTestSeesTheFixtureAndItsSetUp() {
        assertEquals(List.of("Ada", "Barbara", "Grace"), Customer.objects.orderBy("name").valuesListFlat("name"));
        assertEquals(3, dev.cairn.test.shop.Order.objects.count());
        assertTrue(DB.database().inAtomicBlock());
        assertEquals(DB.database(), Databases.installed().defaultDatabase());
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aTestChangesRows() {
        new Customer("Edsger").save();
        dev.cairn.test.shop.Order.objects.all().delete();
        Customer.objects.filter("name", "Ada").update("name", "Augusta");
        assertEquals(4, Customer.objects.count());
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void theNextTestSeesNoneOfThoseChanges() {
        assertEquals(List.of("Ada", "Barbara", "Grace"), Customer.objects.orderBy("name").valuesListFlat("name"));
        assertEquals(3, dev.cairn.test.shop.Order.objects.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alan", "Kurt"})
    @org.junit.jupiter.api.Order(4)
    void eachParameterizedRunIsRolledBackToo(String name) {
        new Customer(name).save();
        assertEquals(4, Customer.objects.count());
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void keysKeepCountingAfterTheFixture() {
        assertTrue((Long) made.pk() > 2, "the set-up customer got key " + made.pk());
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void assertNumQueriesPassesOnTheCountAndFailsListingTheStatements() {
        assertEquals(3, DB.assertNumQueries(1, () -> dev.cairn.test.shop.Order.objects.selectRelated("customer")
                .list()).size());
        AssertionError error = assertThrows(AssertionError.class, () -> DB.assertNumQueries(1, () -> {
            for (var order : dev.cairn.test.shop.Order.objects.all().list()) {
                order.customer.get();
            }
        }));
        assertTrue(error.getMessage().startsWith("expected 1 query, but 4 were run:\n  1. SELECT "), error
                .getMessage());
        assertTrue(error.getMessage().contains("use selectRelated(\"customer\") on the Order QuerySet"), error
                .getMessage());
    }

    @Test
    @org.junit.jupiter.api.Order(7)
    void theDatabaseIsOneMadeForTheRun() {
        assertTrue(DB.database().url().isMemory() || DB.database().url().database().startsWith("test_cairn_"),
                DB.database().url().toString());
    }
}
