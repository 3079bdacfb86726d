package dev.cairn.contrib.auth.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.contrib.auth.User;
import dev.cairn.web.forms.ValidationException;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Django's four password validators: what each refuses, with Django's codes and messages, and their settings. */
class PasswordValidatorsTest {

    private static User ada() {
        User user = new User("ada_lovelace");
        user.email = "countess@analytical.example";
        user.firstName = "Augusta";
        user.lastName = "King";
        return user;
    }

    static Stream<Arguments> passwords() {
        return Stream.of(
                // password, the codes of the four validators that refuse it, in order: what Django 3.2.25's own
                // validators answered for the same user
                Arguments.of("xK9#mq2!vL", List.of()),
                Arguments.of("short1!", List.of("password_too_short")),
                Arguments.of("ü2ü2ü2ü", List.of("password_too_short")),
                Arguments.of("𝔸𝔹ℂ𝔻𝔼𝔽𝔾ℍ", List.of()),
                Arguments.of("password", List.of("password_too_common")),
                Arguments.of("  PassWord  ", List.of("password_too_common")),
                Arguments.of("12345678", List.of("password_too_common", "password_entirely_numeric")),
                Arguments.of("90210337", List.of("password_entirely_numeric")),
                Arguments.of("٣٤٥٦٧٨٩٠١٢", List.of("password_entirely_numeric")),
                Arguments.of("1234", List.of("password_too_short", "password_too_common",
                        "password_entirely_numeric")),
                Arguments.of("ada_lovelace", List.of("password_too_similar")),
                Arguments.of("lovelace_ada", List.of("password_too_similar")),
                Arguments.of("Lovelace!1", List.of("password_too_similar")),
                Arguments.of("analytical99", List.of("password_too_similar")),
                Arguments.of("countess@analytical.example.org", List.of("password_too_similar")),
                Arguments.of("Augusta#77", List.of("password_too_similar")),
                Arguments.of("ada-was-a-great-mathematician", List.of()));
    }

    @ParameterizedTest(name = "''{0}'' is refused by {1}")
    @MethodSource
    void passwords(String password, List<String> codes) {
        assertEquals(codes, PasswordValidators.defaults().problems(password, ada()).stream().map(
                PasswordProblem::code).toList());
    }

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of(new MinimumLengthValidator(), "abc", "This password is too short. It must contain at "
                        + "least 8 characters."),
                Arguments.of(new MinimumLengthValidator(1), "", "This password is too short. It must contain at "
                        + "least 1 character."),
                Arguments.of(new CommonPasswordValidator(), "qwerty", "This password is too common."),
                Arguments.of(new NumericPasswordValidator(), "0123456789", "This password is entirely numeric."),
                Arguments.of(new UserAttributeSimilarityValidator(), "ada_lovelace1",
                        "The password is too similar to the username."),
                Arguments.of(new UserAttributeSimilarityValidator(), "countess@analytical",
                        "The password is too similar to the email address."),
                Arguments.of(new UserAttributeSimilarityValidator(), "Kingk1",
                        "The password is too similar to the last name."));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource
    void messages(PasswordValidator validator, String password, String message) {
        assertEquals(message, validator.check(password, ada()).orElseThrow().message());
    }

    @Test
    void theHelpTextsAreDjangos() {
        assertEquals(List.of("Your password can’t be too similar to your other personal information.",
                "Your password must contain at least 8 characters.",
                "Your password can’t be a commonly used password.",
                "Your password can’t be entirely numeric."), PasswordValidators.defaults().helpTexts());
        assertEquals("Your password must contain at least 1 character.", new MinimumLengthValidator(1).helpText());
    }

    @Test
    void validateThrowsEveryMessageAsAFormErrorInValidatorOrder() {
        ValidationException error = assertThrows(ValidationException.class, () -> PasswordValidators.defaults()
                .validate("1234", ada()));
        assertEquals(List.of("This password is too short. It must contain at least 8 characters.",
                "This password is too common.", "This password is entirely numeric."), error.messages());
        PasswordValidators.defaults().validate("xK9#mq2!vL", ada());
    }

    @Test
    void withoutAUserTheSimilarityRulePasses() {
        assertEquals(Optional.empty(), new UserAttributeSimilarityValidator().check("ada_lovelace", null));
    }

    @Test
    void attributesTheModelLacksOrLeavesEmptyAreSkipped() {
        User user = new User("zed");
        user.email = "";
        UserAttributeSimilarityValidator validator = new UserAttributeSimilarityValidator(List.of("nickname", "email",
                "username"), 0.7);
        assertEquals(Optional.empty(), validator.check("qqqqqqqq", user));
        assertEquals("password_too_similar", validator.check("zedz", user).orElseThrow().code());
    }

    @Test
    void aMaximumSimilarityBelowOneTenthIsRefused() {
        assertEquals("max_similarity must be at least 0.1, not 0.05", assertThrows(IllegalArgumentException.class,
                () -> new UserAttributeSimilarityValidator(List.of("username"), 0.05)).getMessage());
    }

    @Test
    void theBundledListHoldsDjangosCommonPasswords() {
        CommonPasswordValidator validator = new CommonPasswordValidator();
        assertEquals(19_727, validator.size());
        for (String common : List.of("123456", "iloveyou", "letmein", "trustno1", "dragon")) {
            assertEquals("password_too_common", validator.check(common, null).orElseThrow().code(), common);
        }
    }

    @Test
    void aSiteMayGiveItsOwnListGzippedOrPlain(@TempDir Path folder) throws IOException {
        Path plain = Files.writeString(folder.resolve("list.txt"), "hunter2\n\n  swordfish \n");
        Path gzipped = folder.resolve("list.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write("hunter2\nswordfish\n".getBytes(StandardCharsets.UTF_8));
        }
        for (Path file : List.of(plain, gzipped)) {
            CommonPasswordValidator validator = new CommonPasswordValidator(file);
            assertEquals(2, validator.size());
            assertEquals("password_too_common", validator.check("SwordFish", null).orElseThrow().code());
            assertEquals(Optional.empty(), validator.check("password", null));
        }
        assertThrows(UncheckedIOException.class, () -> new CommonPasswordValidator(folder.resolve("missing.gz")));
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of(null, List.of("UserAttributeSimilarityValidator", "MinimumLengthValidator",
                        "CommonPasswordValidator", "NumericPasswordValidator")),
                Arguments.of("", List.of()),
                Arguments.of("NumericPasswordValidator, MinimumLengthValidator(min_length=12)", List.of(
                        "NumericPasswordValidator", "MinimumLengthValidator")),
                Arguments.of("UserAttributeSimilarityValidator(user_attributes=username email, max_similarity=0.5)",
                        List.of("UserAttributeSimilarityValidator")));
    }

    @ParameterizedTest(name = "AUTH_PASSWORD_VALIDATORS={0}")
    @MethodSource
    void settings(String value, List<String> names) {
        Settings.Builder builder = Settings.builder();
        if (value != null) {
            builder.set(PasswordValidators.AUTH_PASSWORD_VALIDATORS, value);
        }
        assertEquals(names, PasswordValidators.create(builder.build()).validators().stream().map(v -> v.getClass()
                .getSimpleName()).toList());
    }

    @Test
    void optionsFromTheSettingsAreUsed() {
        Settings settings = Settings.builder().set(PasswordValidators.AUTH_PASSWORD_VALIDATORS,
                "MinimumLengthValidator(min_length=12)").build();
        assertEquals(12, ((MinimumLengthValidator) PasswordValidators.create(settings).validators().getFirst())
                .minLength());
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("MinimumLength", "AUTH_PASSWORD_VALIDATORS: unknown validator 'MinimumLength'; known: "
                        + "CommonPasswordValidator, MinimumLengthValidator, NumericPasswordValidator, "
                        + "UserAttributeSimilarityValidator"),
                Arguments.of("MinimumLengthValidator(min_length=0)", "AUTH_PASSWORD_VALIDATORS: "
                        + "MinimumLengthValidator's min_length must be a whole number of at least 1, not '0'"),
                Arguments.of("MinimumLengthValidator(min_length=eight)", "AUTH_PASSWORD_VALIDATORS: "
                        + "MinimumLengthValidator's min_length must be a whole number of at least 1, not 'eight'"),
                Arguments.of("MinimumLengthValidator(length=9)", "AUTH_PASSWORD_VALIDATORS: MinimumLengthValidator "
                        + "has no option 'length'; it takes min_length"),
                Arguments.of("NumericPasswordValidator(strict=true)", "AUTH_PASSWORD_VALIDATORS: "
                        + "NumericPasswordValidator has no option 'strict'; it takes none"),
                Arguments.of("UserAttributeSimilarityValidator(max_similarity=0.01)", "AUTH_PASSWORD_VALIDATORS: "
                        + "UserAttributeSimilarityValidator's max_similarity must be a number from 0.1 to 1, not "
                        + "'0.01'"),
                Arguments.of("MinimumLengthValidator(min_length=9", "AUTH_PASSWORD_VALIDATORS: a '(' is never "
                        + "closed"),
                Arguments.of("MinimumLengthValidator)", "AUTH_PASSWORD_VALIDATORS: a ')' closes nothing"),
                Arguments.of("MinimumLengthValidator(min_length)", "AUTH_PASSWORD_VALIDATORS: "
                        + "MinimumLengthValidator's option 'min_length' must be name=value, each name once"),
                Arguments.of("9lives", "AUTH_PASSWORD_VALIDATORS: '9lives' is not a name, or a name(option=value, "
                        + "...)"));
    }

    @ParameterizedTest(name = "AUTH_PASSWORD_VALIDATORS={0}")
    @MethodSource
    void badSettings(String value, String message) {
        Settings settings = Settings.builder().set(PasswordValidators.AUTH_PASSWORD_VALIDATORS, value).build();
        assertEquals(message, assertThrows(SettingsException.class, () -> PasswordValidators.create(settings))
                .getMessage());
    }
}
