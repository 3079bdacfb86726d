package dev.cairn.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.http.Params;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Form.asHtml: the markup of each widget, and escaping of everything a user can influence. */
class FormHtmlTest {
    static Stream<Arguments> escaping() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
                Arguments.of("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
                Arguments.of("it's & more", "it&#x27;s &amp; more"),
                Arguments.of("&amp;", "&amp;amp;"));
    }

    @ParameterizedTest
    @MethodSource
    void escaping(String raw, String escaped) {
        assertEquals(escaped, FormHtml.escape(raw));
    }

    @Test
    void maliciousValueIsEscapedInTheInputAndTheError() {
        ChoiceField colour = Fields.choice("colour").choice("r", "Red");
        TextField name = Fields.text("name").maxLength(3);
        String attack = "\"><script>alert('x')</script>";
        Form form = Form.of(name, colour).bind(Params.of("name", attack, "colour", attack));
        String html = form.asHtml();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;\""), html);
        assertTrue(html.contains("<li>Select a valid choice. &quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)"
                + "&lt;/script&gt; is not one of the available choices.</li>"), html);
    }

    @Test
    void textInputWithErrorsAndHelp() {
        TextField title = Fields.text("title").helpText("Short & sweet.");
        Form form = Form.of(title).bind(Params.empty());
        assertEquals("""
                <div><label for="id_title">Title</label>
                <ul class="errorlist"><li>This field is required.</li></ul>
                <input type="text" name="title" id="id_title" required value="">
                <div class="helptext">Short &amp; sweet.</div></div>
                """, form.asHtml());
    }

    static Stream<Arguments> widgets() {
        return Stream.of(
                Arguments.of(Fields.email("e").optional(), "a@b.co",
                        "<input type=\"email\" name=\"e\" id=\"id_e\" value=\"a@b.co\">"),
                Arguments.of(Fields.integer("n"), "7",
                        "<input type=\"number\" name=\"n\" id=\"id_n\" required value=\"7\">"),
                Arguments.of(Fields.textarea("body"), "a < b",
                        "<textarea name=\"body\" id=\"id_body\" required>a &lt; b</textarea>"),
                Arguments.of(Fields.bool("ok").optional(), "on",
                        "<input type=\"checkbox\" name=\"ok\" id=\"id_ok\" checked>"),
                Arguments.of(Fields.bool("ok").optional(), "",
                        "<input type=\"checkbox\" name=\"ok\" id=\"id_ok\">"),
                Arguments.of(Fields.password("pw"), "hunter2",
                        "<input type=\"password\" name=\"pw\" id=\"id_pw\" required value=\"\">"),
                Arguments.of(Fields.file("f").optional(), "", "<input type=\"file\" name=\"f\" id=\"id_f\">"),
                Arguments.of(Fields.date("d"), "2024-01-05",
                        "<input type=\"date\" name=\"d\" id=\"id_d\" required value=\"2024-01-05\">"),
                Arguments.of(Fields.dateTime("t"), "2024-01-05T10:30",
                        "<input type=\"datetime-local\" name=\"t\" id=\"id_t\" required value=\"2024-01-05T10:30\">"),
                Arguments.of(Fields.choice("c").choice("a", "A & B").choice("b", "<B>"), "b",
                        "<select name=\"c\" id=\"id_c\" required><option value=\"a\">A &amp; B</option>"
                                + "<option value=\"b\" selected>&lt;B&gt;</option></select>"),
                Arguments.of(Fields.multipleChoice("m").choice("a", "A").optional(), "a",
                        "<select multiple name=\"m\" id=\"id_m\"><option value=\"a\" selected>A</option></select>"));
    }

    @ParameterizedTest
    @MethodSource
    void widgets(Field<?> field, String submitted, String input) {
        String html = Form.of(field).bind(Params.of(field.name(), submitted)).asHtml();
        assertTrue(html.contains(input), html);
    }

    @Test
    void nonFieldErrorsComeFirst() {
        Form form = new Form() {
            final TextField a = field(Fields.text("a").optional());

            @Override
            protected void clean() {
                addError("Something <went> wrong.");
            }
        };
        form.bind(Params.empty());
        assertTrue(form.asHtml().startsWith("<ul class=\"errorlist nonfield\"><li>Something &lt;went&gt; wrong."
                + "</li></ul>\n<div>"), form.asHtml());
    }

    @Test
    void labelIsEscaped() {
        TextField f = Fields.text("f").label("Name <required>");
        assertTrue(Form.of(f).asHtml().contains("<label for=\"id_f\">Name &lt;required&gt;</label>"));
    }

    @Test
    void unboundFormRendersInitialValues() {
        TextField title = Fields.text("title").initial("O'Hara & Sons");
        assertTrue(Form.of(title).asHtml().contains("value=\"O&#x27;Hara &amp; Sons\""));
    }
}
