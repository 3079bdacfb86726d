package dev.cairn.db;

import dev.cairn.db.meta.ColumnType;
import dev.cairn.db.meta.FieldMeta;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A model's {@code fullClean()}: each field checked against its declaration, with Django's messages, then the
 * model's own {@code clean()}. Forms made from models reuse it.
 */
final class Validation {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern URL = Pattern.compile("^https?://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SLUG = Pattern.compile("^[-a-zA-Z0-9_]+$");

    private Validation() {}

    static void fullClean(Model model) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldMeta field : model.meta().concreteFields()) {
            if (field.primaryKey() && field.columnType().isAuto()) {
                continue;
            }
            String problem = problem(field, model);
            if (problem != null) {
                errors.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(problem);
            }
        }
        try {
            model.runClean();
        } catch (ValidationError e) {
            e.errors().forEach((name, messages) -> errors.computeIfAbsent(name, k -> new ArrayList<>()).addAll(
                    messages));
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
    }

    @SuppressWarnings("rawtypes")
    private static String problem(FieldMeta field, Model model) {
        Object value = field.get(model);
        if (field.relation().isKey()) {
            value = ((Ref) value).keyForSave();
        }
        boolean empty = value == null || value instanceof String text && text.isEmpty();
        if (empty) {
            if (field.options().blank() || field.options().autoNow() || field.options().autoNowAdd()) {
                return null;
            }
            return value == null && !field.relation().isKey() && field.javaType() != String.class
                    ? "This field cannot be null."
                    : "This field cannot be blank.";
        }
        ColumnType type = field.columnType();
        if (value instanceof String text) {
            if (type.kind() == ColumnType.Kind.CHAR && text.length() > type.maxLength()) {
                return "Ensure this value has at most " + type.maxLength() + " characters (it has " + text.length()
                        + ").";
            }
            switch (field.kind()) {
                case EMAIL -> {
                    return EMAIL.matcher(text).matches() ? null : "Enter a valid email address.";
                }
                case URL -> {
                    return URL.matcher(text).matches() ? null : "Enter a valid URL.";
                }
                case SLUG -> {
                    return SLUG.matcher(text).matches()
                            ? null
                            : "Enter a valid slug consisting of letters, numbers, underscores or hyphens.";
                }
                default -> {
                    return null;
                }
            }
        }
        if (value instanceof BigDecimal decimal && type.kind() == ColumnType.Kind.DECIMAL) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            int scale = Math.max(0, stripped.scale());
            int whole = stripped.precision() - stripped.scale();
            if (scale > type.decimalPlaces()) {
                return "Ensure that there are no more than " + type.decimalPlaces() + " decimal places.";
            }
            if (whole > type.maxDigits() - type.decimalPlaces()) {
                return "Ensure that there are no more than " + (type.maxDigits() - type.decimalPlaces())
                        + " digits before the decimal point.";
            }
        }
        return null;
    }
}
