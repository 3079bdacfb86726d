package dev.cairn.web.routing;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns one path segment into a typed value and back, for a {@code <name:param>} in a route pattern.
 *
 * <p>
 * The resolver first asks {@link #matches(String)}, which must be cheap because it runs for every candidate route
 * at that position, then calls {@link #fromPath(String)}; a {@code fromPath} that throws a
 * {@link RuntimeException} means "this segment does not match", and the resolver tries the next route, as Django
 * does when a converter's {@code to_python} raises {@code ValueError}. The segment is already percent-decoded.
 *
 * <p>
 * A converter matches exactly one segment; only the built-in {@code path} converter may span {@code /}. Register
 * custom converters with {@link Resolver.Builder#converter(String, Converter)}.
 *
 * @param <T> the type of the converted value
 */
public interface Converter<T> {

    /** Tells whether a decoded segment has this converter's shape; must not throw. */
    boolean matches(String segment);

    /**
     * Converts a decoded segment that {@link #matches(String) matched} to its value.
     *
     * @throws RuntimeException to say that the segment does not match after all (a number out of range)
     */
    T fromPath(String segment);

    /**
     * Converts a value back to its segment text, before percent-encoding, for reversing.
     *
     * @throws RuntimeException (such as {@link IllegalArgumentException}) if the value cannot be written
     */
    String toPath(T value);

    /**
     * Creates a converter from a regular expression, compiled once, that a whole segment must match, and the two
     * conversions.
     *
     * @throws java.util.regex.PatternSyntaxException if the expression is invalid
     */
    static <T> Converter<T> of(String regex, Function<String, ? extends T> fromPath,
            Function<? super T, String> toPath) {
        Pattern pattern = Pattern.compile(regex);
        Objects.requireNonNull(fromPath, "fromPath");
        Objects.requireNonNull(toPath, "toPath");
        return new Converter<>() {
            @Override
            public boolean matches(String segment) {
                return pattern.matcher(segment).matches();
            }

            @Override
            public T fromPath(String segment) {
                return fromPath.apply(segment);
            }

            @Override
            public String toPath(T value) {
                return toPath.apply(value);
            }

            @Override
            public String toString() {
                return "Converter[" + regex + "]";
            }
        };
    }
}
