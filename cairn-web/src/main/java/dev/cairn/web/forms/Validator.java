package dev.cairn.web.forms;

/**
 * A check on a cleaned, non-empty value; it throws {@link ValidationException} with plain-text messages when the
 * value is not acceptable. Add one to a field with {@link BaseField#validate(Validator)}; {@link Validators} has the
 * common ones.
 *
 * @param <T> the type of value checked
 */
@FunctionalInterface
public interface Validator<T> {
    /**
     * Checks the value, returning normally when it is acceptable.
     *
     * @throws ValidationException when it is not
     */
    void validate(T value);
}
