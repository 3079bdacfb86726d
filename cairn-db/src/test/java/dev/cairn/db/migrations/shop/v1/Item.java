package dev.cairn.db.migrations.shop.v1;

import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import dev.cairn.db.Table;
import java.math.BigDecimal;

/** An item of the shop, first version: a title, an optional price and notes, its maker in another app. */
@Table(app = "shop")
public class Item extends Model {
    public Long id;
    @Field(maxLength = 100)
    public String title;
    @Field(maxDigits = 6, decimalPlaces = 2, nullable = true)
    public BigDecimal price;
    @Field(nullable = true)
    public String notes;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "items")
    public Ref<Maker> maker;

    /** For the ORM. */
    public Item() {}
}
