package dev.cairn.contrib.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permissions a model has beyond, or instead of, the default ones (Django's {@code Meta.permissions} and
 * {@code Meta.default_permissions}); {@link Permissions#sync} makes them.
 *
 * <pre>{@code
 * @ModelPermissions(custom = @ModelPermissions.Custom(codename = "publish_book", name = "Can publish book"))
 * public class Book extends Model { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelPermissions {

    /** The actions that get a default permission ({@code <action>_<model>}, "Can <action> <verbose name>"). */
    String[] defaults() default {"add", "change", "delete", "view"};

    /** Permissions of the model's own. */
    Custom[] custom() default {};

    /** One permission of a model's own. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Custom {
        /** The codename, checked as {@code <app>.<codename>}; at most 100 characters. */
        String codename();

        /** The name people read; at most 255 characters. */
        String name();
    }
}
