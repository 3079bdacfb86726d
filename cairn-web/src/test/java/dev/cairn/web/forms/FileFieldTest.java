package dev.cairn.web.forms;

import static dev.cairn.web.forms.Uploads.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.http.Params;
import dev.cairn.http.Part;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** File fields fed real multipart parts. */
class FileFieldTest {
    private static Part clean(FileField field, Part part) {
        return field.clean(new FieldInput(List.of(), List.of(part)));
    }

    private static List<String> messages(FileField field, Part part) {
        return assertThrows(ValidationException.class, () -> clean(field, part)).messages();
    }

    @Test
    void uploadedFileIsTheCleanedValue() throws IOException {
        Part upload = file("avatar", "me.png", "image/png", "\u0089PNG...");
        Part cleaned = clean(Fields.file("avatar"), upload);
        assertSame(upload, cleaned);
        assertEquals("me.png", cleaned.filename());
        assertEquals("image/png", cleaned.contentType());
        try (var in = cleaned.inputStream()) {
            assertEquals(cleaned.size(), in.readAllBytes().length);
        }
    }

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of(Fields.file("f").maxSize(5), file("f", "a.txt", "text/plain", "12345")),
                Arguments.of(Fields.file("f").contentTypes("image/png", "image/jpeg"),
                        file("f", "a.png", "image/png", "x")),
                Arguments.of(Fields.file("f").contentTypes("text/plain"),
                        file("f", "a.txt", "Text/Plain; charset=utf-8", "x")),
                Arguments.of(Fields.file("f").extensions("png", "JPG"), file("f", "photo.jpg", "image/jpeg", "x")),
                Arguments.of(Fields.file("f").extensions("pdf"), file("f", "C:\\docs\\Report.PDF", "a/b", "x")));
    }

    @ParameterizedTest
    @MethodSource
    void acceptedFiles(FileField field, Part part) {
        assertSame(part, clean(field, part));
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of(Fields.file("f").maxSize(4), file("f", "a.txt", "text/plain", "12345"),
                        "Ensure this file has at most 4 bytes (it has 5)."),
                Arguments.of(Fields.file("f").maxSize(1), file("f", "a.txt", "text/plain", "12"),
                        "Ensure this file has at most 1 byte (it has 2)."),
                Arguments.of(Fields.file("f").contentTypes("image/png", "image/gif"),
                        file("f", "a.html", "text/html", "<p>"),
                        "File type \u201Ctext/html\u201D is not allowed. Allowed types are: image/gif, image/png."),
                Arguments.of(Fields.file("f").extensions("png", "gif"), file("f", "evil.png.exe", "image/png", "x"),
                        "File extension \u201Cexe\u201D is not allowed. Allowed extensions are: gif, png."),
                Arguments.of(Fields.file("f").extensions("png"), file("f", "noextension", "image/png", "x"),
                        "File extension \u201C\u201D is not allowed. Allowed extensions are: png."),
                Arguments.of(Fields.file("f"), file("f", "empty.txt", "text/plain", ""),
                        "The submitted file is empty."),
                Arguments.of(Fields.file("f"), Uploads.field("f", "just text"),
                        "No file was submitted. Check the encoding type on the form."),
                Arguments.of(Fields.file("f"), file("f", "", "application/octet-stream", ""),
                        "This field is required."));
    }

    @ParameterizedTest
    @MethodSource
    void refusedFiles(FileField field, Part part, String message) {
        assertEquals(List.of(message), messages(field, part));
    }

    @Test
    void fileBreakingEveryLimitReportsEach() {
        FileField field = Fields.file("f").maxSize(2).contentTypes("image/png").extensions("png");
        assertEquals(List.of("Ensure this file has at most 2 bytes (it has 3).",
                "File type \u201Ctext/plain\u201D is not allowed. Allowed types are: image/png.",
                "File extension \u201Ctxt\u201D is not allowed. Allowed extensions are: png."),
                messages(field, file("f", "a.txt", "text/plain", "abc")));
    }

    @Test
    void noFileAtAll() {
        assertEquals(List.of("This field is required."),
                assertThrows(ValidationException.class, () -> Fields.file("f").clean(FieldInput.of())).messages());
        assertNull(Fields.file("f").optional().clean(FieldInput.of()));
        assertNull(clean(Fields.file("f").optional(), file("f", "", "application/octet-stream", "")));
    }

    @Test
    void fileNameSentAsPlainFieldMeansTheFormLacksMultipartEncoding() {
        assertEquals(List.of("No file was submitted. Check the encoding type on the form."),
                assertThrows(ValidationException.class, () -> Fields.file("f").clean(FieldInput.of("me.png")))
                        .messages());
    }

    @Test
    void formTakesTheFileFromItsFilesMap() {
        FileField avatar = Fields.file("avatar").extensions("png");
        Part upload = file("avatar", "me.png", "image/png", "png bytes");
        Form form = Form.of(Fields.text("name"), avatar).bind(Params.of("name", "Ada"), Uploads.byName(upload));
        assertEquals(true, form.isValid());
        assertSame(upload, form.cleaned(avatar));
    }

    @Test
    void formWithoutTheFileSaysItIsRequired() {
        FileField avatar = Fields.file("avatar");
        Form form = Form.of(avatar).bind(Params.empty());
        assertEquals(List.of("This field is required."), form.errors(avatar));
        assertEquals("", form.bound(avatar).value());
    }

    @Test
    void fileInputIsNeverFilledIn() {
        FileField avatar = Fields.file("avatar");
        Form form = Form.of(avatar).bind(Params.of("avatar", "C:\\secret\\path.png"));
        assertEquals(List.of(), form.bound(avatar).values());
        assertEquals(List.of(), avatar.format(file("avatar", "a.png", "image/png", "x")));
        assertEquals("file", avatar.widget().type());
    }
}
