package dev.cairn.db.migrations.shop.v1;

import dev.cairn.db.Field;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/** A maker, in app {@code people}; the same in both versions of the shop. */
@Table(app = "people")
public class Maker extends Model {
    public Long id;
    @Field(maxLength = 50, unique = true)
    public String name;

    /** For the ORM. */
    public Maker() {}
}
