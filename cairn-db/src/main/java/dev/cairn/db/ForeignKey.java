package dev.cairn.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Ref<Target>} field as a many-to-one relation: a column {@code <name>_id} holding the target's
 * primary key, with a constraint, an index, and a reverse accessor on the target named {@link #relatedName()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {

    /** What deleting the target does to this row. */
    OnDelete onDelete();

    /** The target's name for the rows pointing at it; {@code <model>_set} by default, as Django names it. */
    String relatedName() default "";

    /**
     * The target's key a new object starts with, and that rows fall back to when their target is deleted under
     * {@link OnDelete#SET_DEFAULT} (which needs one unless the key is nullable), read as the key's type; none by
     * default.
     */
    String defaultValue() default "";

    /** The key may be NULL. */
    boolean nullable() default false;

    /** Forms accept no choice. */
    boolean blank() default false;

    /** The column's name; {@code <name>_id} by default. */
    String column() default "";

    /** The label forms and the admin show. */
    String verboseName() default "";

    /** The help forms and the admin show. */
    String helpText() default "";
}
