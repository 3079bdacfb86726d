package dev.cairn.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.Params;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Forms as a whole: binding, validity, cleaned values, errors, cross-field checks and redisplay. */
class FormTest {
    /** A sign-up form whose passwords must agree, checked across fields. */
    static final class SignupForm extends Form {
        final TextField username = field(Fields.text("username").maxLength(20)
                .validate(Validators.that(u -> !u.equalsIgnoreCase("admin"), "That username is reserved.")));
        final TextField email = field(Fields.email("email"));
        final TextField password = field(Fields.password("password").minLength(8));
        final TextField confirm = field(Fields.password("confirm").label("Confirm password"));
        final IntegerField age = field(Fields.integer("age").min(13).optional());
        final BooleanField terms = field(Fields.bool("terms"));

        @Override
        protected void clean() {
            String first = cleaned().get(password);
            String second = cleaned().get(confirm);
            if (first != null && second != null && !first.equals(second)) {
                addError(confirm, "The two password fields didn\u2019t match.");
            }
        }
    }

    /** A booking form whose dates must be in order, reported as a non-field error. */
    static final class BookingForm extends Form {
        final DateField from = field(Fields.date("from"));
        final DateField to = field(Fields.date("to"));

        @Override
        protected void clean() {
            LocalDate start = cleaned().get(from);
            LocalDate end = cleaned().get(to);
            if (start != null && end != null && end.isBefore(start)) {
                throw new ValidationException("The stay must end after it starts.");
            }
        }
    }

    private static Params signup(String... overrides) {
        Params.Builder b = Params.builder();
        List<String> pairs = List.of("username", "ada", "email", "ada@example.com", "password", "correct horse",
                "confirm", "correct horse", "age", "36", "terms", "on");
        List<String> over = Arrays.asList(overrides);
        for (int i = 0; i < pairs.size(); i += 2) {
            int at = over.indexOf(pairs.get(i));
            String value = at >= 0 ? over.get(at + 1) : pairs.get(i + 1);
            if (value != null) {
                b.add(pairs.get(i), value);
            }
        }
        return b.build();
    }

    @Test
    void validSubmissionGivesTypedCleanedValues() {
        SignupForm form = new SignupForm();
        form.bind(signup());
        assertTrue(form.isValid());
        String username = form.cleaned(form.username);
        long age = form.cleaned(form.age);
        boolean terms = form.cleaned(form.terms);
        assertEquals("ada", username);
        assertEquals(36L, age);
        assertTrue(terms);
        assertEquals(Map.of(), form.errors());
        assertEquals(List.of(), form.nonFieldErrors());
    }

    static Stream<Arguments> invalidSubmissions() {
        return Stream.of(
                Arguments.of(new String[]{"username", ""}, "username", "This field is required."),
                Arguments.of(new String[]{"username", "ADMIN"}, "username", "That username is reserved."),
                Arguments.of(new String[]{"username", "x".repeat(21)}, "username",
                        "Ensure this value has at most 20 characters (it has 21)."),
                Arguments.of(new String[]{"email", "ada"}, "email", "Enter a valid email address."),
                Arguments.of(new String[]{"password", "short", "confirm", "short"}, "password",
                        "Ensure this value has at least 8 characters (it has 5)."),
                Arguments.of(new String[]{"confirm", "correct horse!"}, "confirm",
                        "The two password fields didn\u2019t match."),
                Arguments.of(new String[]{"age", "twelve"}, "age", "Enter a whole number."),
                Arguments.of(new String[]{"age", "12"}, "age", "Ensure this value is greater than or equal to 13."),
                Arguments.of(new String[]{"terms", null}, "terms", "This field is required."));
    }

    @ParameterizedTest
    @MethodSource
    void invalidSubmissions(String[] overrides, String field, String message) {
        SignupForm form = new SignupForm();
        form.bind(signup(overrides));
        assertFalse(form.isValid());
        assertEquals(Map.of(field, List.of(message)), form.errors());
    }

    @Test
    void optionalFieldLeftEmptyIsValidAndNull() {
        SignupForm form = new SignupForm();
        form.bind(signup("age", ""));
        assertTrue(form.isValid());
        assertNull(form.cleaned(form.age));
        assertTrue(form.cleaned().has(form.age));
    }

    @Test
    void emptySubmissionListsEveryRequiredFieldInOrder() {
        SignupForm form = new SignupForm();
        form.bind(Params.empty());
        assertEquals(List.of("username", "email", "password", "confirm", "terms"),
                List.copyOf(form.errors().keySet()));
        form.errors().values().forEach(messages -> assertEquals(List.of("This field is required."), messages));
    }

    @Test
    void crossFieldErrorDropsTheFieldsCleanedValue() {
        SignupForm form = new SignupForm();
        form.bind(signup("confirm", "different!"));
        assertFalse(form.cleaned().has(form.confirm));
        assertTrue(form.cleaned().has(form.password));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> form.cleaned(form.confirm));
        assertEquals("Field 'confirm' has no cleaned value because it did not validate; check isValid() first",
                e.getMessage());
    }

    @Test
    void crossFieldCheckSeesFailedFieldsAsNull() {
        SignupForm form = new SignupForm();
        form.bind(signup("password", "short", "confirm", "other"));
        // password failed its own check, so clean() cannot compare and adds nothing to confirm.
        assertEquals(Map.of("password", List.of("Ensure this value has at least 8 characters (it has 5).")),
                form.errors());
    }

    static Stream<Arguments> nonFieldErrorsComeFromClean() {
        return Stream.of(
                Arguments.of("2024-05-01", "2024-05-03", List.of()),
                Arguments.of("2024-05-01", "2024-05-01", List.of()),
                Arguments.of("2024-05-03", "2024-05-01", List.of("The stay must end after it starts.")),
                Arguments.of("2024-05-03", "soon", List.of()));
    }

    @ParameterizedTest
    @MethodSource
    void nonFieldErrorsComeFromClean(String from, String to, List<String> nonFieldErrors) {
        BookingForm form = new BookingForm();
        form.bind(Params.of("from", from, "to", to));
        assertEquals(nonFieldErrors, form.nonFieldErrors());
    }

    @Test
    void redisplayShowsWhatTheUserTypedWithTheErrors() {
        SignupForm form = new SignupForm();
        form.bind(signup("email", "  not an email ", "age", "twelve"));
        assertFalse(form.isValid());
        BoundField email = form.bound(form.email);
        assertEquals("  not an email ", email.value());
        assertEquals(List.of("Enter a valid email address."), email.errors());
        assertTrue(email.invalid());
        assertEquals("twelve", form.bound(form.age).value());
        assertEquals("ada", form.bound(form.username).value());
        assertFalse(form.bound(form.username).invalid());
    }

    @Test
    void passwordsAreNeverShownBack() {
        SignupForm form = new SignupForm();
        form.bind(signup("confirm", "mismatch"));
        assertEquals("", form.bound(form.password).value());
        assertEquals("", form.bound(form.confirm).value());
        assertEquals(List.of("The two password fields didn\u2019t match."), form.bound(form.confirm).errors());
    }

    @Test
    void boundFieldDescribesItselfForTemplates() {
        SignupForm form = new SignupForm();
        BoundField confirm = form.bound(form.confirm);
        assertEquals("confirm", confirm.name());
        assertEquals("id_confirm", confirm.id());
        assertEquals("Confirm password", confirm.label());
        assertEquals("password", confirm.type());
        assertTrue(confirm.required());
        assertFalse(form.bound(form.age).required());
        assertEquals(List.of("username", "email", "password", "confirm", "age", "terms"),
                form.boundFields().stream().map(BoundField::name).toList());
    }

    @Test
    void unboundFormShowsInitialValuesAndNoErrors() {
        TextField title = Fields.text("title").initial("Untitled").helpText("Keep it short.");
        DecimalField price = Fields.decimal("price").initial(new BigDecimal("9.90"));
        DateField day = Fields.date("day");
        BooleanField published = Fields.bool("published").optional().initial(true);
        ChoiceField colour = Fields.choice("colour").choice("r", "Red").choice("g", "Green").initial("g");
        Form form = Form.of(title, price, day, published, colour).initial(day, LocalDate.of(2024, 1, 5));
        assertFalse(form.isBound());
        assertFalse(form.isValid());
        assertEquals(Map.of(), form.errors());
        assertEquals("Untitled", form.bound(title).value());
        assertEquals("Keep it short.", form.bound(title).helpText());
        assertEquals("9.90", form.bound(price).value());
        assertEquals("2024-01-05", form.bound(day).value());
        assertTrue(form.bound(published).checked());
        assertEquals(List.of(new BoundField.Option("r", "Red", false), new BoundField.Option("g", "Green", true)),
                form.bound(colour).options());
    }

    @Test
    void formInitialOverridesTheFieldsInitial() {
        TextField title = Fields.text("title").initial("From field");
        Form form = Form.of(title).initial(title, "From form");
        assertEquals("From form", form.bound(title).value());
    }

    @Test
    void boundFormIgnoresInitialValues() {
        TextField title = Fields.text("title").initial("Untitled");
        Form form = Form.of(title).bind(Params.empty());
        assertEquals("", form.bound(title).value());
        assertEquals(List.of("This field is required."), form.errors(title));
    }

    @Test
    void multipleSelectRedisplaysEverySelectedValue() {
        MultipleChoiceField tags = Fields.multipleChoice("tags").choice("a", "A").choice("b", "B").choice("c", "C");
        Form form = Form.of(tags).bind(Params.of("tags", "a", "tags", "c", "tags", "zzz"));
        assertEquals(List.of("Select a valid choice. zzz is not one of the available choices."), form.errors(tags));
        assertEquals(List.of("a", "c", "zzz"), form.bound(tags).values());
        assertEquals(List.of(true, false, true),
                form.bound(tags).options().stream().map(BoundField.Option::selected).toList());
    }

    @Test
    void cleaningRunsOnce() {
        int[] runs = {0};
        Form form = new Form() {
            final TextField name = field(Fields.text("name"));

            @Override
            protected void clean() {
                runs[0]++;
            }
        };
        form.bind(Params.of("name", "x"));
        form.isValid();
        form.errors();
        form.cleaned();
        assertEquals(1, runs[0]);
    }

    @Test
    void misuseIsReportedClearly() {
        TextField a = Fields.text("a");
        TextField stranger = Fields.text("stranger");
        Form form = Form.of(a);
        assertEquals("An unbound form has no cleaned values; bind it first",
                assertThrows(IllegalStateException.class, form::cleaned).getMessage());
        assertEquals("Field 'stranger' is not declared on this form",
                assertThrows(IllegalArgumentException.class, () -> form.bound(stranger)).getMessage());
        form.bind(Params.of("a", "1"));
        assertEquals("The form is already bound; make a new form for each submission",
                assertThrows(IllegalStateException.class, () -> form.bind(Params.empty())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Form.of(Fields.text("x"), Fields.integer("x")));
    }

    @Test
    void errorsAreImmutable() {
        SignupForm form = new SignupForm();
        form.bind(Params.empty());
        assertThrows(UnsupportedOperationException.class, () -> form.errors().get("email").add("more"));
        assertThrows(UnsupportedOperationException.class, () -> form.nonFieldErrors().add("more"));
    }

    @Test
    void cleanedToStringNamesFieldsButNeverValues() {
        SignupForm form = new SignupForm();
        form.bind(signup());
        String shown = form.cleaned().toString();
        assertEquals("Cleaned[username, email, password, confirm, age, terms]", shown);
        assertFalse(shown.contains("correct horse"));
    }
}
