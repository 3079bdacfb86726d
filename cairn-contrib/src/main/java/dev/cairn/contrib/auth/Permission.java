package dev.cairn.contrib.auth;

import dev.cairn.db.Field;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.Table;

/**
 * Leave to do one thing to one model (Django's {@code auth.Permission}), in table {@code auth_permission}: the
 * model's label ({@code shelf.book}, where Django points at a content type), a codename ({@code add_book}) and a
 * name for people ({@code Can add book}). Checked as {@code <app>.<codename>} ({@code shelf.add_book}).
 *
 * <p>
 * {@link Permissions#sync} makes each model's add, change, delete and view permissions and the custom ones it
 * declares with {@link ModelPermissions}.
 */
@Table(app = "auth", ordering = {"model", "codename"}, uniqueTogether = "model, codename")
public class Permission extends Model {
    public static final Manager<Permission> objects = Manager.of(Permission.class);

    public Long id;
    @Field(maxLength = 255)
    public String name;
    @Field(maxLength = 100, verboseName = "model label")
    public String model;
    @Field(maxLength = 100)
    public String codename;

    /** For the ORM. */
    public Permission() {}

    /** Permission {@code codename} on the model labelled {@code model}, called {@code name}. */
    public Permission(String model, String codename, String name) {
        this.model = model;
        this.codename = codename;
        this.name = name;
    }

    /** The permission as it is checked: {@code <app>.<codename>}. */
    public String key() {
        return keyOf(model, codename);
    }

    /** The key of permission {@code codename} on the model labelled {@code model}: {@code <app>.<codename>}. */
    public static String keyOf(String model, String codename) {
        int dot = model.indexOf('.');
        return (dot < 0 ? model : model.substring(0, dot)) + "." + codename;
    }

    @Override
    public String toString() {
        return model + " | " + name;
    }
}
