package dev.cairn.db.migrations.shop.v2;

import dev.cairn.db.Check;
import dev.cairn.db.Field;
import dev.cairn.db.ForeignKey;
import dev.cairn.db.Index;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Many;
import dev.cairn.db.Model;
import dev.cairn.db.OnDelete;
import dev.cairn.db.Ref;
import dev.cairn.db.Table;
import dev.cairn.db.migrations.shop.v1.Maker;
import java.math.BigDecimal;

/**
 * An item, second version: {@code title} renamed {@code name}, the price wider and required (1.50 where it was
 * missing), the notes gone, an ISBN added ("none" for the rows there are), tags, an index, a unique pair and a check.
 */
@Table(app = "shop", uniqueTogether = "name, maker")
@Index(fields = {"name"}, name = "shop_item_name_idx")
@Check(name = "shop_item_price_positive", lookup = "price__gte", value = "0")
public class Item extends Model {
    public Long id;
    @Field(maxLength = 100)
    public String name;
    @Field(maxDigits = 8, decimalPlaces = 2, defaultValue = "1.50")
    public BigDecimal price;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "items")
    public Ref<Maker> maker;
    @Field(maxLength = 20, defaultValue = "none")
    public String isbn;
    @ManyToMany(relatedName = "items", blank = true)
    public Many<Tag> tags;

    /** For the ORM. */
    public Item() {}
}
