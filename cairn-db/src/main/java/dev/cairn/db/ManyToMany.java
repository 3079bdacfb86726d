package dev.cairn.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Many<Target>} field as a many-to-many relation, kept in a table of pairs: made for it
 * ({@code <table>_<name>}) or an explicit {@link #through()} model with a foreign key to each side.
 *
 * <p>
 * A relation to the model's own class is symmetrical unless {@link #symmetrical()} says otherwise, as Django's
 * {@code ManyToManyField("self")}: {@code a.friends.add(b)} makes each the other's friend.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToMany {

    /** The target's name for the objects related to it; {@code <model>_set} by default. */
    String relatedName() default "";

    /** A model of its own for the pairs; {@code Model.class} means one is made. */
    Class<? extends Model> through() default Model.class;

    /** Forms accept no choice. */
    boolean blank() default false;

    /**
     * For a relation to the model's own class: whether relating {@code a} to {@code b} relates {@code b} to
     * {@code a} too (two pairs, kept in step by add, remove, set and clear). Such a relation has no other side, so
     * it takes no {@link #relatedName()} and no {@link #through()} model. Ignored for a relation to another model.
     */
    boolean symmetrical() default true;

    /** The label forms and the admin show. */
    String verboseName() default "";
}
