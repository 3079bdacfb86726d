package dev.cairn.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a {@code Ref<Target>} field as a one-to-one relation: a unique foreign key. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToOne {

    /** What deleting the target does to this row. */
    OnDelete onDelete();

    /** The target's name for the row pointing at it; the model's name in lower case by default. */
    String relatedName() default "";

    /** The key may be NULL. */
    boolean nullable() default false;

    /** Forms accept no choice. */
    boolean blank() default false;

    /** The column's name; {@code <name>_id} by default. */
    String column() default "";
}
