package dev.cairn.web.forms;

/**
 * Makes the field types, each required, labelled from its name and ready for more configuration:
 * {@code Fields.text("title").maxLength(100)}.
 */
public final class Fields {
    private Fields() {}

    /** A single-line string. */
    public static TextField text(String name) {
        return new TextField(name, Widget.TEXT);
    }

    /** A multi-line string, drawn as a {@code <textarea>}. */
    public static TextField textarea(String name) {
        return new TextField(name, Widget.TEXTAREA);
    }

    /** A password: a string that is never stripped and never shown back to the user. */
    public static TextField password(String name) {
        return new TextField(name, Widget.PASSWORD).strip(false);
    }

    /** An email address: "Enter a valid email address." */
    public static TextField email(String name) {
        return new TextField(name, Widget.EMAIL).maxLength(320).validate(Validators.email());
    }

    /** An absolute http or https URL: "Enter a valid URL." */
    public static TextField url(String name) {
        return new TextField(name, Widget.URL).maxLength(2048).validate(Validators.url());
    }

    /** A whole number, as a {@code Long}. */
    public static IntegerField integer(String name) {
        return new IntegerField(name);
    }

    /** An exact decimal number, as a {@link java.math.BigDecimal}. */
    public static DecimalField decimal(String name) {
        return new DecimalField(name);
    }

    /** A checkbox; required by default, meaning it must be checked, so call {@code optional()} for most boxes. */
    public static BooleanField bool(String name) {
        return new BooleanField(name);
    }

    /** One value from a list of choices. */
    public static ChoiceField choice(String name) {
        return new ChoiceField(name);
    }

    /** Any number of values from a list of choices. */
    public static MultipleChoiceField multipleChoice(String name) {
        return new MultipleChoiceField(name);
    }

    /** A date. */
    public static DateField date(String name) {
        return new DateField(name);
    }

    /** A date and time. */
    public static DateTimeField dateTime(String name) {
        return new DateTimeField(name);
    }

    /** An uploaded file. */
    public static FileField file(String name) {
        return new FileField(name);
    }
}
