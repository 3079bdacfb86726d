package dev.cairn.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A model's options (Django's {@code class Meta}); every one has a default, so the annotation is optional. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

    /** The app the model belongs to; the last part of its package by default. */
    String app() default "";

    /** The table's name; {@code <app>_<model in lower case>} by default. */
    String name() default "";

    /** The default ordering, as {@code orderBy} takes it ({@code "-published"}). */
    String[] ordering() default {};

    /** Sets of fields that together must be unique. */
    String[] uniqueTogether() default {};

    /** The name forms and the admin show. */
    String verboseName() default "";

    /** The plural the admin shows. */
    String verboseNamePlural() default "";
}
