package dev.cairn.contrib.auth;

import dev.cairn.db.Databases;
import dev.cairn.db.Manager;
import dev.cairn.db.Model;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The permissions of models, made in the database (Django's {@code create_permissions}, which runs after each
 * migrate): for each model, {@code add_<model>}, {@code change_<model>}, {@code delete_<model>} and
 * {@code view_<model>} ("Can add book"), or the actions its {@link ModelPermissions#defaults()} lists, and the custom
 * ones it declares.
 *
 * <p>
 * {@link #sync} is idempotent: it makes only the permissions that are missing, and leaves the others (and their
 * names) as they are.
 */
public final class Permissions {

    private static final Pattern CODENAME = Pattern.compile("[A-Za-z0-9_]{1,100}");

    private Permissions() {}

    /**
     * The permissions {@code model} should have, in order: the defaults, then its own.
     *
     * @throws IllegalArgumentException when a declared codename or name is empty, too long or not letters, digits
     *                                  and underscores, or appears twice
     */
    public static List<Permission> declared(Class<? extends Model> model) {
        ModelMeta<?> meta = Models.meta(model);
        ModelPermissions declared = model.getAnnotation(ModelPermissions.class);
        String[] actions = declared == null ? new String[]{"add", "change", "delete", "view"} : declared.defaults();
        Map<String, Permission> permissions = new LinkedHashMap<>();
        for (String action : actions) {
            add(permissions, meta, action + "_" + meta.name(), "Can " + action + " " + meta.verboseName());
        }
        if (declared != null) {
            for (ModelPermissions.Custom custom : declared.custom()) {
                add(permissions, meta, custom.codename(), custom.name());
            }
        }
        return List.copyOf(permissions.values());
    }

    private static void add(Map<String, Permission> permissions, ModelMeta<?> meta, String codename, String name) {
        String where = meta.type().getSimpleName() + "'s permission '" + codename + "'";
        if (!CODENAME.matcher(codename).matches()) {
            throw new IllegalArgumentException(where + ": a codename is 1 to 100 letters, digits and underscores");
        }
        if (name.isBlank() || name.length() > 255) {
            throw new IllegalArgumentException(where + ": a name is 1 to 255 characters");
        }
        if (permissions.putIfAbsent(codename, new Permission(label(meta), codename, name)) != null) {
            throw new IllegalArgumentException(where + " is declared twice");
        }
    }

    /** The label a permission names its model by: {@code <app>.<model in lower case>} ({@code shelf.book}). */
    public static String label(ModelMeta<?> meta) {
        return meta.app() + "." + meta.name();
    }

    /** {@link #sync(String, List)} on the default database. */
    @SafeVarargs
    public static List<Permission> sync(Class<? extends Model>... models) {
        return sync(Databases.DEFAULT, List.of(models));
    }

    /**
     * Makes the missing permissions of {@code models} in database {@code database}, in one transaction.
     *
     * @return the permissions made; empty when all were there
     */
    public static List<Permission> sync(String database, List<Class<? extends Model>> models) {
        Manager<Permission> objects = Permission.objects.using(database);
        return Databases.installed().get(database).atomic(() -> {
            List<Permission> made = new ArrayList<>();
            for (Class<? extends Model> model : models) {
                List<Permission> wanted = declared(model);
                Set<Object> existing = new HashSet<>(objects.filter("model", label(Models.meta(model)))
                        .valuesListFlat("codename"));
                for (Permission permission : wanted) {
                    if (!existing.contains(permission.codename)) {
                        permission.save(database);
                        made.add(permission);
                    }
                }
            }
            return made;
        });
    }
}
