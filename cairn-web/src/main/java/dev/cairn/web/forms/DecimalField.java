package dev.cairn.web.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An exact decimal number as a {@link BigDecimal}, with Django's DecimalField limits: digits in total, decimal places,
 * and a range. Null when empty; "Enter a number." for anything else.
 */
public final class DecimalField extends BaseField<BigDecimal, DecimalField> {
    static final String INVALID = "Enter a number.";
    /** An exponent beyond this is refused: "1e999999999" would cost a billion digits to print or store. */
    private static final int MAX_SCALE = 1000;

    private Integer maxDigits;
    private Integer decimalPlaces;
    private BigDecimal min;
    private BigDecimal max;

    DecimalField(String name) {
        super(name, Widget.NUMBER);
    }

    /** Allows at most this many digits in total, before and after the point. */
    public DecimalField maxDigits(int maxDigits) {
        this.maxDigits = maxDigits;
        return this;
    }

    /** Allows at most this many digits after the point. */
    public DecimalField decimalPlaces(int decimalPlaces) {
        this.decimalPlaces = decimalPlaces;
        return this;
    }

    /** Requires at least this value. */
    public DecimalField min(BigDecimal min) {
        this.min = min;
        return this;
    }

    /** Allows at most this value. */
    public DecimalField max(BigDecimal max) {
        this.max = max;
        return this;
    }

    @Override
    protected BigDecimal convert(FieldInput input) {
        String text = input.first().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (Math.abs(value.scale()) > MAX_SCALE) {
                throw new ValidationException(INVALID);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ValidationException(INVALID);
        }
    }

    @Override
    protected List<Validator<? super BigDecimal>> builtIns() {
        List<Validator<? super BigDecimal>> checks = new ArrayList<>();
        if (maxDigits != null || decimalPlaces != null) {
            checks.add(this::checkDigits);
        }
        if (min != null) {
            checks.add(Validators.min(min));
        }
        if (max != null) {
            checks.add(Validators.max(max));
        }
        return checks;
    }

    /** Counts digits as Django's DecimalValidator does: 0.001 has three digits, all of them decimal places. */
    private void checkDigits(BigDecimal value) {
        int precision = value.precision();
        int scale = value.scale();
        int digits = scale <= 0 ? precision - scale : Math.max(precision, scale);
        int decimals = Math.max(scale, 0);
        if (maxDigits != null && digits > maxDigits) {
            throw new ValidationException("Ensure that there are no more than " + maxDigits + " "
                    + Validators.plural(maxDigits, "digit") + " in total.");
        }
        if (decimalPlaces != null && decimals > decimalPlaces) {
            throw new ValidationException("Ensure that there are no more than " + decimalPlaces + " "
                    + Validators.plural(decimalPlaces, "decimal place") + ".");
        }
        if (maxDigits != null && decimalPlaces != null && digits - decimals > maxDigits - decimalPlaces) {
            int whole = maxDigits - decimalPlaces;
            throw new ValidationException("Ensure that there are no more than " + whole + " "
                    + Validators.plural(whole, "digit") + " before the decimal point.");
        }
    }

    @Override
    public List<String> format(BigDecimal value) {
        return value == null ? List.of() : List.of(value.toPlainString());
    }
}
