package dev.cairn.db.migrations.zoo.v1;

import dev.cairn.db.Field;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/** A skill a keeper has; the same before and after the keeper is renamed warden. */
@Table(app = "zoo")
public class Skill extends Model {
    public Long id;
    @Field(maxLength = 30)
    public String name;

    /** For the ORM. */
    public Skill() {}
}
