package dev.cairn.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An index over one or more fields ({@code "-published"} for descending), optionally unique. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {

    /** The fields, in order; {@code -} before a name makes it descending. */
    String[] fields();

    /** The index's name; made from the table and fields by default. */
    String name() default "";

    /** A unique index. */
    boolean unique() default false;

    /** Several indexes on one model. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /** The indexes. */
        Index[] value();
    }
}
