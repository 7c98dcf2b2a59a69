package io.blueprintstudio.ui.synth;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Style classes for JSON text: keys, strings, numbers, constants ({@code true}, {@code false}, {@code null}). */
final class JsonHighlighter {
    private static final Pattern TOKENS = Pattern.compile(
            "(?<KEY>\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:))|(?<STRING>\"(?:[^\"\\\\]|\\\\.)*\")"
                    + "|(?<NUMBER>-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|(?<CONSTANT>\\b(?:true|false|null)\\b)");

    private JsonHighlighter() {
    }

    static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        while (m.find()) {
            String style = m.group("KEY") != null ? "key" : m.group("STRING") != null ? "string"
                    : m.group("NUMBER") != null ? "number" : "constant";
            spans.add(List.of(), m.start() - last);
            spans.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }
}
