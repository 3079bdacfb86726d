package dev.cairn.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("", ""),
                Arguments.of(null, ""),
                Arguments.of("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
                Arguments.of("a & b", "a &amp; b"),
                Arguments.of("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
                Arguments.of("&amp;", "&amp;amp;"),
                Arguments.of("café ✓", "café ✓"),
                Arguments.of("x\" onmouseover=\"y", "x&quot; onmouseover=&quot;y"));
    }

    @ParameterizedTest(name = "[{0}] escapes to [{1}]")
    @MethodSource("texts")
    void escapeReplacesTheFiveSpecialCharacters(String text, String escaped) {
        assertEquals(escaped, Html.escape(text));
    }

    @Test
    void escapeWritesAnyObjectAsItsText() {
        assertEquals("42", Html.escape(42));
        assertEquals("[&lt;a&gt;]", Html.escape(List.of("<a>")));
    }

    @Test
    void everyTextTakingMethodEscapes() {
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("<k>", "<v>");
        String page = Html.page("<t>").element("p", "<p>").text("<x>").list("ul", List.of("<li>"))
                .table(rows, "none").row(List.of("<a>", "<b>")).open("div", "\"><c").close("div").finish();
        assertFalse(page.contains("<k>") || page.contains("<v>") || page.contains("<x>") || page.contains("<li><li>"),
                page);
        assertTrue(page.contains("<title>&lt;t&gt;</title>"), page);
        assertTrue(page.contains("<p>&lt;p&gt;</p>"), page);
        assertTrue(page.contains("<tr><th>&lt;k&gt;</th><td>&lt;v&gt;</td></tr>"), page);
        assertTrue(page.contains("<div class=\"&quot;&gt;&lt;c\">"), page);
        assertTrue(page.startsWith("<!doctype html>"), page);
        assertTrue(page.endsWith("</body></html>\n"), page);
    }

    @Test
    void anEmptyTableSaysSo() {
        assertEquals("<p>No settings.</p>\n", Html.fragment().table(Map.of(), "No settings.").toString());
    }

    @Test
    void rawIsWrittenAsItIs() {
        assertEquals("<b>x</b>", Html.fragment().raw("<b>x</b>").toString());
    }
}
