package dev.cairn.web.forms;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The common {@link Validator}s, with Django's messages: length, range, pattern, choices, email and URL.
 *
 * <p>
 * Messages may quote the value ("X is not one of the available choices."); they are plain text, escaped by whatever
 * renders them.
 */
public final class Validators {
    private Validators() {}

    /** A validator that fails with this message when the predicate is false. */
    public static <T> Validator<T> that(Predicate<? super T> test, String message) {
        return value -> {
            if (!test.test(value)) {
                throw new ValidationException(message);
            }
        };
    }

    /** At least this many characters (code points, so an emoji counts once). */
    public static Validator<String> minLength(int min) {
        return value -> {
            int length = length(value);
            if (length < min) {
                throw new ValidationException("Ensure this value has at least " + min + " "
                        + plural(min, "character") + " (it has " + length + ").");
            }
        };
    }

    /** At most this many characters (code points, so an emoji counts once). */
    public static Validator<String> maxLength(int max) {
        return value -> {
            int length = length(value);
            if (length > max) {
                throw new ValidationException("Ensure this value has at most " + max + " "
                        + plural(max, "character") + " (it has " + length + ").");
            }
        };
    }

    /** At least this value. */
    public static <C extends Comparable<? super C>> Validator<C> min(C min) {
        return value -> {
            if (value.compareTo(min) < 0) {
                throw new ValidationException("Ensure this value is greater than or equal to " + show(min) + ".");
            }
        };
    }

    /** At most this value. */
    public static <C extends Comparable<? super C>> Validator<C> max(C max) {
        return value -> {
            if (value.compareTo(max) > 0) {
                throw new ValidationException("Ensure this value is less than or equal to " + show(max) + ".");
            }
        };
    }

    /** Between the two values, both included. */
    public static <C extends Comparable<? super C>> Validator<C> range(C min, C max) {
        Validator<C> low = min(min);
        Validator<C> high = max(max);
        return value -> {
            low.validate(value);
            high.validate(value);
        };
    }

    /**
     * The pattern is found somewhere in the value, as Django's RegexValidator searches; anchor it with {@code ^…$}
     * to match the whole value. Fails with "Enter a valid value."
     */
    public static Validator<String> regex(String pattern) {
        return regex(Pattern.compile(pattern), "Enter a valid value.");
    }

    /** The pattern is found somewhere in the value; fails with this message. */
    public static Validator<String> regex(Pattern pattern, String message) {
        return that(value -> pattern.matcher(value).find(), message);
    }

    /** The value is one of these. */
    public static Validator<String> oneOf(Collection<String> allowed) {
        Set<String> set = Set.copyOf(allowed);
        return value -> {
            if (!set.contains(value)) {
                throw new ValidationException(invalidChoice(value));
            }
        };
    }

    /** An email address as Django's EmailValidator accepts it (no quoted local parts). */
    public static Validator<String> email() {
        return that(Addresses::isEmail, "Enter a valid email address.");
    }

    /** An absolute http or https URL with a host name, IPv4 or IPv6 address, or {@code localhost}. */
    public static Validator<String> url() {
        return that(Addresses::isHttpUrl, "Enter a valid URL.");
    }

    static String invalidChoice(String value) {
        return "Select a valid choice. " + value + " is not one of the available choices.";
    }

    /** "1 character", "2 characters": Django's messages agree with their numbers. */
    static String plural(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** Shows 1E+3 as 1000: users do not read scientific notation. */
    private static String show(Object limit) {
        return limit instanceof BigDecimal d ? d.toPlainString() : String.valueOf(limit);
    }
}
