package dev.cairn.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.HttpException;
import dev.cairn.http.MultipartParser;
import dev.cairn.http.Params;
import dev.cairn.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order of a form's life (declare, bind, clean once, read) and the mistakes it reports. */
class FormLifecycleTest {
    /** A form whose clean() does whatever the test asks, to exercise the hook's edges. */
    static final class HookForm extends Form {
        final TextField first = field(Fields.text("first").optional());
        final TextField second = field(Fields.text("second").optional());
        Runnable hook = () -> {};

        @Override
        protected void clean() {
            hook.run();
        }

        void addFieldError(Field<?> field, String message) {
            addError(field, message);
        }

        void addFormError(String message) {
            addError(message);
        }

        <F extends Field<?>> F declare(F field) {
            return field(field);
        }
    }

    @Test
    void declaredFieldsKeepDeclarationOrder() {
        HookForm form = new HookForm();
        assertEquals(List.of("first", "second"), form.declaredFields().stream().map(Field::name).toList());
        assertThrows(UnsupportedOperationException.class, () -> form.declaredFields().clear());
    }

    @Test
    void fieldsCannotBeDeclaredAfterBinding() {
        HookForm form = new HookForm();
        form.bind(Params.empty());
        assertEquals("Declare fields before binding the form",
                assertThrows(IllegalStateException.class, () -> form.declare(Fields.text("late"))).getMessage());
    }

    @Test
    void duplicateNameIsRefusedWithAFix() {
        HookForm form = new HookForm();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> form.declare(Fields.integer("first")));
        assertEquals("Form dev.cairn.web.forms.FormLifecycleTest$HookForm already has a field named 'first'; give "
                + "each field its own name", e.getMessage());
    }

    @Test
    void addErrorOutsideCleanIsRefused() {
        HookForm form = new HookForm();
        assertEquals("addError is for clean(), which runs while the form validates",
                assertThrows(IllegalStateException.class, () -> form.addFormError("x")).getMessage());
        assertThrows(IllegalStateException.class, () -> form.addFieldError(form.first, "x"));
    }

    @Test
    void cleanMayThrowSeveralNonFieldErrors() {
        HookForm form = new HookForm();
        form.hook = () -> {
            throw new ValidationException(List.of("First problem.", "Second problem."));
        };
        form.bind(Params.empty());
        assertFalse(form.isValid());
        assertEquals(List.of("First problem.", "Second problem."), form.nonFieldErrors());
        assertEquals(Map.of(), form.errors());
    }

    @Test
    void errorsAddedInCleanKeepFieldOrder() {
        HookForm form = new HookForm();
        form.hook = () -> {
            form.addFieldError(form.second, "Second is wrong.");
            form.addFieldError(form.first, "First is wrong.");
            form.addFieldError(form.second, "Second is still wrong.");
        };
        form.bind(Params.of("first", "a", "second", "b"));
        assertEquals(List.of("first", "second"), List.copyOf(form.errors().keySet()));
        assertEquals(List.of("Second is wrong.", "Second is still wrong."), form.errors(form.second));
        assertFalse(form.cleaned().has(form.first));
    }

    @Test
    void cleanSeesEveryFieldsValueBeforeItRuns() {
        HookForm form = new HookForm();
        String[] seen = new String[2];
        form.hook = () -> {
            seen[0] = form.cleaned().get(form.first);
            seen[1] = form.cleaned().get(form.second);
        };
        form.bind(Params.of("first", " one ", "second", "two"));
        assertTrue(form.isValid());
        assertEquals(List.of("one", "two"), List.of(seen));
    }

    @Test
    void unboundFormIsNeitherValidNorInError() {
        HookForm form = new HookForm();
        assertFalse(form.isBound());
        assertFalse(form.isValid());
        assertEquals(Map.of(), form.errors());
        assertEquals(List.of(), form.nonFieldErrors());
        assertEquals(List.of(), form.errors(form.first));
    }

    @Test
    void onlyTheFirstValueOfARepeatedNameIsUsedByASingleValueField() {
        TextField name = Fields.text("name");
        Form form = Form.of(name).bind(Params.of("name", "first", "name", "second"));
        assertEquals("first", form.cleaned(name));
    }

    @Test
    void initialIsOnlyForDeclaredFields() {
        Form form = Form.of(Fields.text("a"));
        assertThrows(IllegalArgumentException.class, () -> form.initial(Fields.text("b"), "x"));
    }

    @Test
    void oneFieldMayServeManyForms() {
        TextField shared = Fields.text("q").maxLength(3);
        Form good = Form.of(shared).bind(Params.of("q", "abc"));
        Form bad = Form.of(shared).bind(Params.of("q", "abcd"));
        assertTrue(good.isValid());
        assertFalse(bad.isValid());
        assertEquals("abc", good.cleaned(shared));
        assertEquals("abcd", bad.bound(shared).value());
    }

    /**
     * The whole path a framework will take: a browser's multipart body, parsed by cairn-http, split into fields and
     * files, bound to a form.
     */
    @Test
    void multipartSubmissionBindsFieldsAndFiles() throws IOException, HttpException {
        String boundary = "----WebKitFormBoundaryCairn";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Holiday\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"tags\"\r\n\r\n"
                + "sea\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"tags\"\r\n\r\n"
                + "sun\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"photo\"; filename=\"beach.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n"
                + "\u00FF\u00D8\u00FF jpeg bytes\r\n"
                + "--" + boundary + "--\r\n";
        List<Part> parts = MultipartParser.builder()
                .build()
                .parseAll(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), boundary);
        Params.Builder fields = Params.builder();
        Map<String, List<Part>> files = new LinkedHashMap<>();
        for (Part part : parts) {
            if (part.isFile()) {
                files.computeIfAbsent(part.name(), name -> new ArrayList<>()).add(part);
            } else {
                fields.add(part.name(), part.text());
            }
        }

        TextField title = Fields.text("title").maxLength(50);
        MultipleChoiceField tags = Fields.multipleChoice("tags").choice("sea", "Sea").choice("sun", "Sun");
        FileField photo = Fields.file("photo").contentTypes("image/jpeg").extensions("jpg").maxSize(1024);
        Form form = Form.of(title, tags, photo).bind(fields.build(), files);

        assertTrue(form.isValid(), () -> form.errors().toString());
        assertEquals("Holiday", form.cleaned(title));
        assertEquals(List.of("sea", "sun"), form.cleaned(tags));
        Part upload = form.cleaned(photo);
        assertSame(files.get("photo").getFirst(), upload);
        assertEquals("beach.jpg", upload.filename());
        for (Part part : parts) {
            part.close();
        }
    }

    @Test
    void multipartSubmissionWithTheWrongFileIsRedisplayedWithoutIt() {
        TextField title = Fields.text("title");
        FileField photo = Fields.file("photo").extensions("jpg");
        Part wrong = Uploads.file("photo", "notes.txt", "text/plain", "not a photo");
        Form form = Form.of(title, photo).bind(Params.of("title", "Trip"), Uploads.byName(wrong));
        assertFalse(form.isValid());
        assertEquals(List.of("File extension \u201Ctxt\u201D is not allowed. Allowed extensions are: jpg."),
                form.errors(photo));
        assertEquals("Trip", form.bound(title).value());
        assertEquals("", form.bound(photo).value());
    }
}
