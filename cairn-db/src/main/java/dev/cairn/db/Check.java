package dev.cairn.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check constraint: a condition every row must meet, as a lookup and a value ({@code field = "price__gte",
 * value = "0"}), so that it is written in each database's SQL.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Check.List.class)
public @interface Check {

    /** The constraint's name, which errors name. */
    String name();

    /** The lookup ({@code "price__gte"}); its value is {@link #value()}. */
    String lookup();

    /** The value, read as the field's type. */
    String value();

    /** Several checks on one model. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /** The checks. */
        Check[] value();
    }
}
