package dev.cairn.web.forms;

import static dev.cairn.web.forms.Cleaning.assertRefused;
import static dev.cairn.web.forms.Cleaning.clean;
import static dev.cairn.web.forms.Cleaning.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Text, email, URL and password fields: what they accept, what they clean it to, and what they say when not. */
class TextFieldTest {
    static Stream<Arguments> acceptedText() {
        return Stream.of(
                Arguments.of(Fields.text("t"), "hello", "hello"),
                Arguments.of(Fields.text("t"), "  padded \t", "padded"),
                Arguments.of(Fields.text("t").strip(false), "  kept ", "  kept "),
                Arguments.of(Fields.text("t").maxLength(5), "12345", "12345"),
                Arguments.of(Fields.text("t").minLength(2), "ab", "ab"),
                Arguments.of(Fields.text("t").maxLength(1), "\uD83D\uDE00", "\uD83D\uDE00"),
                Arguments.of(Fields.text("t").optional(), "", ""),
                Arguments.of(Fields.text("t").optional(), "   ", ""),
                Arguments.of(Fields.textarea("t"), "line one\nline two", "line one\nline two"),
                Arguments.of(Fields.password("p"), " secret ", " secret "),
                Arguments.of(Fields.text("t").regex("^[a-z]+$"), "abc", "abc"),
                Arguments.of(Fields.text("t").regex("[0-9]"), "has 1 digit", "has 1 digit"));
    }

    @ParameterizedTest
    @MethodSource
    void acceptedText(Field<String> field, String input, String expected) {
        assertEquals(expected, clean(field, input));
    }

    static Stream<Arguments> refusedText() {
        return Stream.of(
                Arguments.of(Fields.text("t"), "", "This field is required."),
                Arguments.of(Fields.text("t"), "   ", "This field is required."),
                Arguments.of(Fields.text("t").maxLength(100), "x".repeat(123),
                        "Ensure this value has at most 100 characters (it has 123)."),
                Arguments.of(Fields.text("t").maxLength(1), "ab",
                        "Ensure this value has at most 1 character (it has 2)."),
                Arguments.of(Fields.text("t").minLength(3), "ab",
                        "Ensure this value has at least 3 characters (it has 2)."),
                Arguments.of(Fields.text("t").minLength(1), "", "This field is required."),
                Arguments.of(Fields.text("t").regex("^[a-z]+$"), "ABC", "Enter a valid value."),
                Arguments.of(Fields.text("t"), "nul\0byte", "Null characters are not allowed."));
    }

    @ParameterizedTest
    @MethodSource
    void refusedText(Field<String> field, String input, String message) {
        assertRefused(field, input, message);
    }

    @Test
    void unstrippedSpaceCountsAsACharacter() {
        assertEquals(" ", clean(Fields.text("t").strip(false).minLength(1), " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@example.com", "first.last+tag@sub.example.org", "a@localhost", "x@[192.0.2.1]",
            "o'brien@example.ie", "user@b\u00FCcher.de", "user@xn--bcher-kva.de"})
    void validEmailIsAccepted(String email) {
        assertEquals(email, clean(Fields.email("e"), email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "@example.com", "user@", "user@example", "user@@example.com", "a b@example.com",
            "user@example..com", ".user@example.com", "user.@example.com", "user@-example.com", "user@example.c",
            "<script>@example.com"})
    void invalidEmailIsRefused(String email) {
        assertRefused(Fields.email("e"), email, "Enter a valid email address.");
    }

    @Test
    void emailIsStrippedBeforeItIsChecked() {
        assertEquals("user@example.com", clean(Fields.email("e"), "  user@example.com \n"));
    }

    @Test
    void overlongEmailGivesBothMessages() {
        String email = "a".repeat(320) + "@example.com";
        assertEquals(List.of("Ensure this value has at most 320 characters (it has 332).",
                "Enter a valid email address."), messages(Fields.email("e"), email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com/path?q=1#frag", "HTTPS://EXAMPLE.COM",
            "http://localhost:8000/", "http://192.0.2.1/x", "http://[2001:db8::1]:8080/",
            "https://user:pw@example.com/",
            "http://b\u00FCcher.de/"})
    void validUrlIsAccepted(String url) {
        assertEquals(url, clean(Fields.url("u"), url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "ftp://example.com", "javascript:alert(1)", "http://", "http://example",
            "http://exa mple.com", "http://example.com:port/", "https://-bad.com", "mailto:user@example.com",
            "http://999.1.1.1.1/"})
    void invalidUrlIsRefused(String url) {
        assertRefused(Fields.url("u"), url, "Enter a valid URL.");
    }

    @Test
    void optionalEmailAcceptsEmpty() {
        assertEquals("", clean(Fields.email("e").optional(), ""));
    }

    @Test
    void customValidatorsRunAfterTheBuiltInOnesAndAllMessagesAreKept() {
        TextField field = Fields.text("username")
                .maxLength(3)
                .validate(Validators.that(s -> !s.contains(" "), "No spaces, please."))
                .validate(v -> {
                    if (v.startsWith("admin")) {
                        throw new ValidationException("That name is reserved.");
                    }
                });
        assertEquals(List.of("Ensure this value has at most 3 characters (it has 9).", "No spaces, please.",
                "That name is reserved."), messages(field, "admin bob"));
        assertEquals("bob", clean(field, "bob"));
    }

    @Test
    void customValidatorsDoNotRunOnAnEmptyOptionalValue() {
        TextField field = Fields.text("nick").optional().validate(v -> {
            throw new ValidationException("never");
        });
        assertEquals("", clean(field, ""));
    }

    @Test
    void negativeLengthIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> Fields.text("t").maxLength(-1));
    }

    @Test
    void emptyNameIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> Fields.text(""));
    }

    static Stream<Arguments> labels() {
        return Stream.of(Arguments.of("title", "Title"), Arguments.of("first_name", "First name"),
                Arguments.of("zip-code", "Zip code"), Arguments.of("_", "_"));
    }

    @ParameterizedTest
    @MethodSource
    void labels(String name, String label) {
        assertEquals(label, Fields.text(name).label());
    }

    @Test
    void widgetsFollowTheFieldType() {
        assertEquals("text", Fields.text("a").widget().type());
        assertEquals("textarea", Fields.textarea("a").widget().type());
        assertEquals("email", Fields.email("a").widget().type());
        assertEquals("url", Fields.url("a").widget().type());
        assertEquals("password", Fields.password("a").widget().type());
        assertEquals("textarea", Fields.text("a").widget(Widget.TEXTAREA).widget().type());
    }
}
