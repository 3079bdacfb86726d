package dev.cairn.test.shop;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;

/** A customer of the test shop. */
public class Customer extends Model {
    public static final Manager<Customer> objects = Manager.of(Customer.class);

    public Long id;
    @Field(maxLength = 100)
    public String name;

    /** For the ORM. */
    public Customer() {}

    /** A customer called {@code name}. */
    public Customer(String name) {
        this.name = name;
    }
}
