package dev.cairn.contrib.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.db.meta.FieldMeta;
import dev.cairn.db.meta.ModelMeta;
import dev.cairn.db.meta.Models;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Usernames and emails as Django normalises them (the expected values are what Django 3.2.25's
 * {@code normalize_email}, {@code unicodedata.normalize('NFKC', ...)} and {@code UnicodeUsernameValidator} answered),
 * and the models' declarations as Django's are.
 */
class NormalisingTest {

    static Stream<Arguments> emails() {
        return Stream.of(
                Arguments.of("Ada@Example.COM", "Ada@example.com"),
                Arguments.of("  ada@EXAMPLE.org  ", "ada@example.org"),
                Arguments.of("\"a@b\"@EXAMPLE.org", "\"a@b\"@example.org"),
                Arguments.of("no-at-sign", "no-at-sign"),
                Arguments.of("", ""),
                Arguments.of(null, ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void emails(String email, String normalised) {
        assertEquals(normalised, Users.normalizeEmail(email));
    }

    static Stream<Arguments> usernames() {
        return Stream.of(
                Arguments.of("ａｄａ", "ada"),
                Arguments.of("Ａda", "Ada"),
                Arguments.of("ﬁona", "fiona"),
                Arguments.of("\u2126", "\u03a9"),
                Arguments.of("ada", "ada"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void usernames(String username, String normalised) {
        assertEquals(normalised, Users.normalizeUsername(username));
    }

    static Stream<Arguments> usernameRule() {
        return Stream.of(
                Arguments.of("ada.lovelace+test@host-1_x", true),
                Arguments.of("Ἀριστοτέλης", true),
                Arguments.of("ada lovelace", false),
                Arguments.of("ada/lovelace", false),
                Arguments.of("ada!", false),
                Arguments.of("ada\n", false));
    }

    @ParameterizedTest(name = "''{0}'' follows Django''s username rule: {1}")
    @MethodSource
    void usernameRule(String username, boolean valid) {
        assertEquals(valid, User.USERNAME.matcher(username).matches());
    }

    @Test
    void theTablesAreDjangos() {
        assertEquals(List.of("auth_user", "auth_group", "auth_permission"), Stream.of(User.class, Group.class,
                Permission.class).map(m -> Models.meta(m).table()).toList());
        assertEquals("auth.user", Permissions.label(Models.meta(User.class)));
    }

    static Stream<Arguments> userFields() {
        return Stream.of(
                // field, most characters, may be blank, label
                Arguments.of("username", 150, false, "username"),
                Arguments.of("email", 254, true, "email address"),
                Arguments.of("password", 128, false, "password"),
                Arguments.of("firstName", 150, true, "first name"),
                Arguments.of("lastName", 150, true, "last name"));
    }

    @ParameterizedTest(name = "User.{0}: at most {1}, blank {2}, labelled {3}")
    @MethodSource
    void userFields(String name, int maxLength, boolean blank, String label) {
        ModelMeta<User> meta = Models.meta(User.class);
        FieldMeta field = meta.field(name);
        assertEquals(maxLength, field.columnType().maxLength());
        assertEquals(blank, field.options().blank());
        assertEquals(label, field.options().verboseName());
    }

    @Test
    void aNewUserIsActiveButNeitherStaffNorSuperuserAndHasAnUnusablePassword() {
        User user = new User("ada");
        assertEquals(true, user.isActive);
        assertEquals(false, user.isStaff);
        assertEquals(false, user.isSuperuser);
        assertEquals(false, user.hasUsablePassword());
        assertEquals(true, user.isAuthenticated());
        user.firstName = "Ada";
        user.lastName = "Lovelace";
        assertEquals("Ada Lovelace", user.fullName());
        assertEquals("ada", user.toString());
    }
}
