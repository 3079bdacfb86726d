package dev.cairn.contrib.auth;

import dev.cairn.db.Field;
import dev.cairn.db.ManyToMany;
import dev.cairn.db.Manager;
import dev.cairn.db.Many;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/**
 * A named set of permissions given to users together (Django's {@code auth.Group}), in table {@code auth_group}: a
 * user has every permission of each group they are in.
 */
@Table(app = "auth", ordering = "name")
public class Group extends Model {
    public static final Manager<Group> objects = Manager.of(Group.class);

    public Long id;
    @Field(maxLength = 150, unique = true)
    public String name;
    @ManyToMany(relatedName = "groups", blank = true)
    public Many<Permission> permissions;

    /** For the ORM. */
    public Group() {}

    /** A group called {@code name}. */
    public Group(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
