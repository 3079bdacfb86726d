package dev.cairn.db.migrations.shop.v2;

import dev.cairn.db.Field;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/** A tag, new in the second version. */
@Table(app = "shop")
public class Tag extends Model {
    public Long id;
    @Field(maxLength = 30)
    public String label;

    /** For the ORM. */
    public Tag() {}
}
