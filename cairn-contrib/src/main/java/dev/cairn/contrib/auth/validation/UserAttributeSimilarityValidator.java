package dev.cairn.contrib.auth.validation;

import dev.cairn.db.Model;
import dev.cairn.db.meta.FieldMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A password is not too like the user's own details (Django's {@code UserAttributeSimilarityValidator}): for each
 * attribute (the username, first and last name and email by default), the password, lower-cased, is compared with
 * the whole value and with each of its words ({@code ada.lovelace@example.com} gives {@code ada}, {@code lovelace},
 * {@code example}, {@code com}), and refused when a {@link Similarity#quickRatio} reaches the maximum similarity, 0.7
 * by default. Attributes the user's model does not have, or that are empty, are skipped.
 */
public final class UserAttributeSimilarityValidator implements PasswordValidator {

    /** The attributes compared by default: the user model's field names. */
    public static final List<String> DEFAULT_ATTRIBUTES = List.of("username", "firstName", "lastName", "email");
    /** Django's default maximum similarity. */
    public static final double DEFAULT_MAX_SIMILARITY = 0.7;

    private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

    private final List<String> attributes;
    private final double maxSimilarity;

    /** The default attributes and maximum. */
    public UserAttributeSimilarityValidator() {
        this(DEFAULT_ATTRIBUTES, DEFAULT_MAX_SIMILARITY);
    }

    /**
     * These attributes (field names of the user's model) and this maximum.
     *
     * @throws IllegalArgumentException when the maximum is below 0.1, which would refuse nearly every password
     */
    public UserAttributeSimilarityValidator(List<String> attributes, double maxSimilarity) {
        if (!(maxSimilarity >= 0.1)) {
            throw new IllegalArgumentException("max_similarity must be at least 0.1, not " + maxSimilarity);
        }
        this.attributes = List.copyOf(attributes);
        this.maxSimilarity = maxSimilarity;
    }

    @Override
    public Optional<PasswordProblem> check(String password, Model user) {
        if (user == null) {
            return Optional.empty();
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String attribute : attributes) {
            FieldMeta field = user.meta().fields().stream().filter(f -> f.name().equals(attribute)).findFirst()
                    .orElse(null);
            if (field == null || !(field.get(user) instanceof String value) || value.isEmpty()) {
                continue;
            }
            for (String part : parts(value.toLowerCase(Locale.ROOT))) {
                if (!Similarity.tooShortToCompare(lower, maxSimilarity, part) && Similarity.quickRatio(lower,
                        part) >= maxSimilarity) {
                    return Optional.of(new PasswordProblem("password_too_similar", "The password is too similar to "
                            + "the " + field.options().verboseName() + "."));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String helpText() {
        return "Your password can’t be too similar to your other personal information.";
    }

    /** The words of {@code value} and the whole of it, as Django's {@code re.split(r'\W+', value) + [value]}. */
    private static List<String> parts(String value) {
        List<String> parts = new ArrayList<>(Arrays.asList(NON_WORD.split(value, -1)));
        parts.add(value);
        return parts;
    }
}
