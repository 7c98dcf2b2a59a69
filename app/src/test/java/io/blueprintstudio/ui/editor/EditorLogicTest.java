package io.blueprintstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** The editor's text logic without a window: search, positions, highlighting and where problems are underlined. */
class EditorLogicTest {
    private static final String YAML = """
            # a comment
            name: "Lambda CSV"   # trailing comment
            count: 42
            flag: true
            ref: "{{context:x}}"
            json: {"Next": "A#B"}
            """;

    @Test
    void findWrapsAroundInBothDirectionsAndIgnoresCaseUnlessAsked() {
        String t = "abc ABC abc";
        assertEquals(Optional.of(new TextSearch.Match(4, 7)), TextSearch.find(t, "abc", 1, true, false));
        assertEquals(Optional.of(new TextSearch.Match(8, 11)), TextSearch.find(t, "abc", 1, true, true));
        assertEquals(Optional.of(new TextSearch.Match(0, 3)), TextSearch.find(t, "abc", 9, true, false));
        assertEquals(Optional.of(new TextSearch.Match(8, 11)), TextSearch.find(t, "abc", 0, false, false));
        assertEquals(3, TextSearch.count(t, "abc", false));
        assertEquals("x ABC x", TextSearch.replaceAll(t, "abc", "x", true));
        assertEquals("x x x", TextSearch.replaceAll(t, "abc", "x", false));
        assertEquals(Optional.empty(), TextSearch.find(t, "", 0, true, false));
    }

    @Test
    void positionsAreOneBasedLinesAndColumns() {
        assertEquals(0, TextPositions.offset(YAML, 1, 1));
        assertEquals(YAML.indexOf("count"), TextPositions.offset(YAML, 3, 1));
        assertEquals(YAML.indexOf("42"), TextPositions.offset(YAML, 3, 8));
        assertEquals(YAML.indexOf("\nflag"), TextPositions.offset(YAML, 3, 99), "clamped to the line's end");
        assertEquals(3, TextPositions.line(YAML, YAML.indexOf("42")));
    }

    @Test
    void highlightsCommentsKeysStringsNumbersConstantsAndTemplates() {
        StyleSpans<Collection<String>> spans = YamlHighlighter.spans(YAML, List.of());
        assertEquals(List.of("comment"), styleAt(spans, YAML.indexOf("a comment")));
        assertEquals(List.of("key"), styleAt(spans, YAML.indexOf("name")));
        assertEquals(List.of("string"), styleAt(spans, YAML.indexOf("Lambda")));
        assertEquals(List.of("comment"), styleAt(spans, YAML.indexOf("trailing")));
        assertEquals(List.of("number"), styleAt(spans, YAML.indexOf("42")));
        assertEquals(List.of("constant"), styleAt(spans, YAML.indexOf("true")));
        assertEquals(List.of("key"), styleAt(spans, YAML.indexOf("\"Next\"")));
        assertEquals(List.of("string"), styleAt(spans, YAML.indexOf("A#B")), "a # inside quotes is no comment");
    }

    @Test
    void aProblemIsUnderlinedFromItsColumnToTheEndOfItsLine() {
        Diagnostic d = new Diagnostic(Severity.ERROR, "X", "f.yaml", 3, 8, "", "bad count", "");
        StyleSpans<Collection<String>> spans = YamlHighlighter.spans(YAML, List.of(d));
        int at = YAML.indexOf("42");
        assertTrue(styleAt(spans, at).contains("problem-error"));
        assertTrue(styleAt(spans, at).contains("number"), "the highlighting stays under the underline");
        assertTrue(!styleAt(spans, at - 2).contains("problem-error"), "not before the column");
        Diagnostic whole = new Diagnostic(Severity.WARNING, "X", "f.yaml", 4, 0, "", "w", "");
        StyleSpans<Collection<String>> w = YamlHighlighter.spans(YAML, List.of(whole));
        assertTrue(styleAt(w, YAML.indexOf("flag")).contains("problem-warning"), "column 0: the whole line");
        assertEquals(YAML.length(), w.length());
    }

    private static List<String> styleAt(StyleSpans<Collection<String>> spans, int offset) {
        int at = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            if (offset < at + s.getLength()) {
                return new ArrayList<>(s.getStyle());
            }
            at += s.getLength();
        }
        throw new AssertionError("offset past the end");
    }
}
