package dev.cairn.contrib.auth.validation;

import dev.cairn.contrib.auth.internal.SettingEntries;
import dev.cairn.db.Model;
import dev.cairn.web.forms.ValidationException;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The password validators a site uses, from {@value #AUTH_PASSWORD_VALIDATORS} (Django's setting of that name),
 * each an entry with its options:
 *
 * <pre>
 * AUTH_PASSWORD_VALIDATORS=UserAttributeSimilarityValidator(user_attributes=username email, max_similarity=0.7),
 *     MinimumLengthValidator(min_length=12), CommonPasswordValidator(password_list_path=/etc/site/common.txt.gz),
 *     NumericPasswordValidator
 * </pre>
 *
 * Unset, all four are used with Django's defaults (safe by default: Django's own default is none, its new projects
 * list all four); set to an empty value, none is.
 */
public final class PasswordValidators {

    /** The setting's key. */
    public static final String AUTH_PASSWORD_VALIDATORS = "AUTH_PASSWORD_VALIDATORS";

    private final List<PasswordValidator> validators;

    private PasswordValidators(List<PasswordValidator> validators) {
        this.validators = List.copyOf(validators);
    }

    /** These validators, in order. */
    public static PasswordValidators of(PasswordValidator... validators) {
        return new PasswordValidators(List.of(validators));
    }

    /** Django's four with their defaults: similarity, minimum length 8, common passwords, all-numeric. */
    public static PasswordValidators defaults() {
        return of(new UserAttributeSimilarityValidator(), new MinimumLengthValidator(), new CommonPasswordValidator(),
                new NumericPasswordValidator());
    }

    /**
     * The validators the settings name.
     *
     * @throws SettingsException naming the setting and the entry or option that is wrong
     */
    public static PasswordValidators create(Settings settings) {
        String value = settings.get(AUTH_PASSWORD_VALIDATORS);
        if (value == null) {
            return defaults();
        }
        List<PasswordValidator> validators = new ArrayList<>();
        for (SettingEntries.Entry entry : SettingEntries.parse(AUTH_PASSWORD_VALIDATORS, value)) {
            validators.add(validator(entry));
        }
        return new PasswordValidators(validators);
    }

    private static PasswordValidator validator(SettingEntries.Entry entry) {
        String key = AUTH_PASSWORD_VALIDATORS;
        switch (entry.name()) {
            case "MinimumLengthValidator" -> {
                entry.allowOnly(key, Set.of("min_length"));
                return new MinimumLengthValidator(entry.integer(key, "min_length",
                        MinimumLengthValidator.DEFAULT_MIN_LENGTH, 1));
            }
            case "CommonPasswordValidator" -> {
                entry.allowOnly(key, Set.of("password_list_path"));
                String path = entry.options().get("password_list_path");
                return path == null ? new CommonPasswordValidator() : new CommonPasswordValidator(Path.of(path));
            }
            case "NumericPasswordValidator" -> {
                entry.allowOnly(key, Set.of());
                return new NumericPasswordValidator();
            }
            case "UserAttributeSimilarityValidator" -> {
                entry.allowOnly(key, Set.of("user_attributes", "max_similarity"));
                String attributes = entry.options().get("user_attributes");
                return new UserAttributeSimilarityValidator(attributes == null
                        ? UserAttributeSimilarityValidator.DEFAULT_ATTRIBUTES
                        : Arrays.stream(attributes.split("\\s+")).filter(a -> !a.isEmpty()).toList(),
                        similarity(entry));
            }
            default -> throw new SettingsException(key + ": unknown validator '" + entry.name() + "'; known: "
                    + "CommonPasswordValidator, MinimumLengthValidator, NumericPasswordValidator, "
                    + "UserAttributeSimilarityValidator");
        }
    }

    private static double similarity(SettingEntries.Entry entry) {
        String text = entry.options().get("max_similarity");
        if (text == null) {
            return UserAttributeSimilarityValidator.DEFAULT_MAX_SIMILARITY;
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= 0.1 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingsException(AUTH_PASSWORD_VALIDATORS + ": " + entry.name() + "'s max_similarity must be a "
                + "number from 0.1 to 1, not '" + text + "'");
    }

    /** The validators, in order. */
    public List<PasswordValidator> validators() {
        return validators;
    }

    /** Every problem with {@code password} for {@code user} (null when there is none yet), in validator order. */
    public List<PasswordProblem> problems(String password, Model user) {
        List<PasswordProblem> problems = new ArrayList<>();
        for (PasswordValidator validator : validators) {
            validator.check(password, user).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * Refuses {@code password} unless every validator accepts it (Django's {@code validate_password}); usable as a
     * form field's validator.
     *
     * @throws ValidationException with every problem's message, in validator order
     */
    public void validate(String password, Model user) {
        List<PasswordProblem> problems = problems(password, user);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.stream().map(PasswordProblem::message).toList());
        }
    }

    /** Tells each validator that {@code user}'s password is now {@code password}. */
    public void passwordChanged(String password, Model user) {
        validators.forEach(v -> v.passwordChanged(password, user));
    }

    /** Each validator's help text, in order, for a password field. */
    public List<String> helpTexts() {
        return validators.stream().map(PasswordValidator::helpText).toList();
    }
}
