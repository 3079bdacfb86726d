package dev.cairn.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public field of a {@link Model} as a column; Django's {@code models.XxxField(...)} in one annotation,
 * the kind read from the Java type:
 *
 * <table>
 * <caption>Java types and the columns they become</caption>
 * <tr><th>Java type</th><th>column</th></tr>
 * <tr><td>{@code String} with {@code maxLength}</td><td>varchar ({@link Kind#EMAIL}, {@link Kind#URL},
 * {@link Kind#SLUG} validate it)</td></tr>
 * <tr><td>{@code String} without</td><td>text</td></tr>
 * <tr><td>{@code Short}, {@code Integer}, {@code Long} (or primitives)</td><td>small, integer, big
 * integer</td></tr>
 * <tr><td>{@code Boolean}, {@code BigDecimal} (with {@code maxDigits}, {@code decimalPlaces}),
 * {@code Double}</td><td>boolean, decimal, float</td></tr>
 * <tr><td>{@code LocalDate}, {@code LocalTime}, {@code Instant}, {@code Duration}</td><td>date, time, datetime in
 * UTC, duration</td></tr>
 * <tr><td>{@code UUID}, {@code JsonNode}, {@code byte[]}</td><td>uuid, JSON, binary</td></tr>
 * <tr><td>an {@code enum}</td><td>varchar of its constants' names, which are the choices</td></tr>
 * </table>
 *
 * <p>
 * A public {@code Long id} with no annotation is the implicit auto-numbered primary key, as Django adds one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Field {

    /** A kind other than the one the Java type gives; {@link Kind#INFERRED} by default. */
    Kind kind() default Kind.INFERRED;

    /** This field is the primary key. */
    boolean primaryKey() default false;

    /** The column may hold NULL (Django's {@code null=True}). */
    boolean nullable() default false;

    /** Forms and {@code fullClean} accept an empty value. */
    boolean blank() default false;

    /** No two rows may share the value. */
    boolean unique() default false;

    /** The column gets an index. */
    boolean dbIndex() default false;

    /** The column's name; the field's name by default. */
    String column() default "";

    /** The label forms and the admin show; made from the name by default. */
    String verboseName() default "";

    /** The help forms and the admin show. */
    String helpText() default "";

    /** A default value as text, read as the field's type ({@code "0"}, {@code "true"}, {@code "DRAFT"}). */
    String defaultValue() default "";

    /** A default made per object; {@link NoDefault} for none. */
    Class<? extends java.util.function.Supplier<?>> defaultSupplier() default NoDefault.class;

    /** The most characters of a varchar. */
    int maxLength() default 0;

    /** A decimal's precision. */
    int maxDigits() default 0;

    /** A decimal's scale. */
    int decimalPlaces() default 0;

    /** A datetime, date or time set to now on every save. */
    boolean autoNow() default false;

    /** A datetime, date or time set to now when the object is first saved. */
    boolean autoNowAdd() default false;

    /** Kinds that the Java type alone does not tell. */
    enum Kind {
        /** From the Java type (see {@link Field}). */
        INFERRED,
        /** A varchar holding an email address, validated. */
        EMAIL,
        /** A varchar holding an http(s) URL, validated. */
        URL,
        /** A varchar of letters, digits, hyphens and underscores, indexed. */
        SLUG,
        /** Unlimited text, even with a max length (which forms then enforce). */
        TEXT,
        /** A 32-bit auto-numbered primary key (on an Integer). */
        AUTO,
        /** A 64-bit auto-numbered primary key (on a Long). */
        BIG_AUTO
    }

    /** No default supplier. */
    final class NoDefault implements java.util.function.Supplier<Object> {
        private NoDefault() {}

        @Override
        public Object get() {
            return null;
        }
    }
}
