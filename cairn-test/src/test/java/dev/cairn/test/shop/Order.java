package dev.cairn.test.shop;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import dev.cairn.db.Table;

/** An order of the test shop, by a customer. */
@Table(name = "shop_orders")
public class Order extends Model {
    public static final Manager<Order> objects = Manager.of(Order.class);

    public Long id;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "orders")
    public Ref<Customer> customer;
    @Field
    public Integer total;

    /** For the ORM. */
    public Order() {}
}
