package dev.cairn.contrib.forms;

import dev.cairn.db.Field.Kind;
import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.Relation;
import dev.cairn.web.forms.BaseField;
import dev.cairn.web.forms.ChoiceField;
import dev.cairn.web.forms.Fields;
import dev.cairn.web.forms.TextField;
import dev.cairn.web.forms.Validators;
import dev.cairn.web.forms.Widget;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The form field a model field becomes (Django's {@code Field.formfield()}): the kind picks the type and the
 * declaration its limits, so the form refuses what the column could not hold before any SQL runs.
 *
 * <table>
 * <caption>Model fields and their form fields</caption>
 * <tr><th>model field</th><th>form field</th></tr>
 * <tr><td>varchar (email, URL, slug)</td><td>text with the max length (and the kind's validator)</td></tr>
 * <tr><td>text</td><td>textarea</td></tr>
 * <tr><td>small, integer, big integer</td><td>integer within the column's range</td></tr>
 * <tr><td>decimal, float</td><td>decimal with the digits and places; float without</td></tr>
 * <tr><td>boolean</td><td>checkbox, never required</td></tr>
 * <tr><td>date, time, datetime</td><td>date, {@link TimeField}, datetime</td></tr>
 * <tr><td>UUID</td><td>text that must read as a UUID</td></tr>
 * <tr><td>enum</td><td>choice of its constants, after an empty one when blank or without a default</td></tr>
 * <tr><td>foreign key, one-to-one</td><td>{@link ModelChoiceField}</td></tr>
 * <tr><td>many-to-many</td><td>{@link ModelMultipleChoiceField}</td></tr>
 * </table>
 */
final class FormFieldFor {

    private static final Pattern SLUG = Pattern.compile("^[-a-zA-Z0-9_]+$");
    private static final String SLUG_MESSAGE = "Enter a valid slug consisting of letters, numbers, underscores or "
            + "hyphens.";

    private FormFieldFor() {}

    /** The configured form field for {@code field}. */
    static BaseField<?, ?> make(FieldMeta field, ModelFields<?> spec) {
        BaseField<?, ?> made = typed(field, spec).label(spec.label(field)).helpText(spec.helpText(field)).required(
                required(field));
        Widget widget = spec.widget(field);
        return widget == null ? made : made.widget(widget);
    }

    /** Blank means optional; a checkbox is never required, since unchecked is a value (Django's rule). */
    private static boolean required(FieldMeta field) {
        if (field.options().blank()) {
            return false;
        }
        return field.relation() != Relation.NONE || field.columnType().kind() != ColumnType.Kind.BOOLEAN;
    }

    private static BaseField<?, ?> typed(FieldMeta field, ModelFields<?> spec) {
        String name = field.name();
        if (field.relation() == Relation.MANY_TO_MANY) {
            return new ModelMultipleChoiceField<>(name, spec.rows(field));
        }
        if (field.relation().isKey()) {
            return new ModelChoiceField<>(name, spec.rows(field));
        }
        if (field.javaType().isEnum()) {
            return choices(field);
        }
        ColumnType type = field.columnType();
        return switch (type.kind()) {
            case CHAR -> text(field, type.maxLength());
            case TEXT -> Fields.textarea(name);
            case SMALL_INT -> Fields.integer(name).min(Short.MIN_VALUE).max(Short.MAX_VALUE);
            case INT, AUTO -> Fields.integer(name).min(Integer.MIN_VALUE).max(Integer.MAX_VALUE);
            case BIG_INT, BIG_AUTO -> Fields.integer(name);
            case DECIMAL -> Fields.decimal(name).maxDigits(type.maxDigits()).decimalPlaces(type.decimalPlaces());
            case FLOAT -> Fields.decimal(name);
            case BOOLEAN -> Fields.bool(name);
            case DATE -> Fields.date(name);
            case TIME -> new TimeField(name);
            case DATETIME -> Fields.dateTime(name);
            case UUID -> Fields.text(name).maxLength(36).validate(Validators.that(FormFieldFor::isUuid,
                    "Enter a valid UUID."));
            case DURATION, JSON, BINARY -> throw new IllegalArgumentException("no form field reads a " + type.kind()
                    + " (" + name + ")");
        };
    }

    private static TextField text(FieldMeta field, int maxLength) {
        String name = field.name();
        TextField text = switch (field.kind()) {
            case EMAIL -> Fields.email(name);
            case URL -> Fields.url(name);
            case SLUG -> Fields.text(name).validate(Validators.regex(SLUG, SLUG_MESSAGE));
            default -> field.kind() == Kind.TEXT ? Fields.textarea(name) : Fields.text(name);
        };
        return text.maxLength(maxLength);
    }

    private static ChoiceField choices(FieldMeta field) {
        ChoiceField choice = Fields.choice(field.name());
        if (field.options().blank() || field.options().defaultValue() == null) {
            choice.choice("", ModelChoiceField.EMPTY_LABEL);
        }
        for (Object constant : field.javaType().getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            choice.choice(value.name(), label(value));
        }
        return choice;
    }

    /** An enum constant's own {@code toString()} when it has one, else its name in words: "Science fiction". */
    static String label(Enum<?> value) {
        String shown = value.toString();
        if (!shown.equals(value.name())) {
            return shown;
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
