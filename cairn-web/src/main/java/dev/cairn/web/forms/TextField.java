package dev.cairn.web.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A string: Django's CharField, and with a validator its EmailField and URLField ({@link Fields#email},
 * {@link Fields#url}). Surrounding whitespace is stripped unless {@link #strip(boolean)} says otherwise; the empty
 * string is its empty value.
 */
public final class TextField extends BaseField<String, TextField> {
    private boolean strip = true;
    private Integer minLength;
    private Integer maxLength;

    TextField(String name, Widget widget) {
        super(name, widget);
    }

    /** Sets whether leading and trailing whitespace is removed before validation; true by default. */
    public TextField strip(boolean strip) {
        this.strip = strip;
        return this;
    }

    /** Requires at least this many characters: "Ensure this value has at least 3 characters (it has 2)." */
    public TextField minLength(int min) {
        this.minLength = checkLength(min);
        return this;
    }

    /** Allows at most this many characters: "Ensure this value has at most 100 characters (it has 123)." */
    public TextField maxLength(int max) {
        this.maxLength = checkLength(max);
        return this;
    }

    /** Requires the pattern to be found in the value ({@link Validators#regex(String)}): "Enter a valid value." */
    public TextField regex(String pattern) {
        return validate(Validators.regex(pattern));
    }

    /** The maximum length, or null; templates use it for the {@code maxlength} attribute. */
    public Integer maxLength() {
        return maxLength;
    }

    @Override
    protected String convert(FieldInput input) {
        return strip ? input.first().strip() : input.first();
    }

    @Override
    protected List<Validator<? super String>> builtIns() {
        List<Validator<? super String>> checks = new ArrayList<>();
        // A NUL byte reaches no user on purpose, and breaks databases such as PostgreSQL.
        checks.add(Validators.that(s -> s.indexOf('\0') < 0, "Null characters are not allowed."));
        if (minLength != null) {
            checks.add(Validators.minLength(minLength));
        }
        if (maxLength != null) {
            checks.add(Validators.maxLength(maxLength));
        }
        return checks;
    }

    private static int checkLength(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("A length limit must be zero or more, not " + length);
        }
        return length;
    }
}
