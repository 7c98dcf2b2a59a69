package io.blueprintstudio.ui.editor;

import io.blueprintstudio.validate.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Style classes for a YAML file's text: comments, keys (YAML and the JSON inside the step function definition),
 * strings, numbers, constants and {@code {{...}}} templates, with diagnostics laid over as underlines
 * ({@code problem-error}, {@code problem-warning}, {@code problem-note}). A line-oriented scan, not a parser: it must
 * colour text that does not parse yet, as a person types it.
 */
final class YamlHighlighter {
    private static final Pattern TOKENS = Pattern.compile(String.join("|",
            "(?<COMMENT>(?<=^|[ \\t])#[^\\n]*)",
            "(?<JSONKEY>\"(?:[^\"\\\\\\n]|\\\\.)*\"(?=[ \\t]*:))",
            "(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*')",
            "(?<KEY>[A-Za-z_$@][\\w@./$-]*(?=[ \\t]*:(?:[ \\t]|$)))",
            "(?<TEMPLATE>\\{\\{[^}\\n]*}})",
            "(?<NUMBER>(?<![\\w.-])-?\\d+(?:\\.\\d+)?(?![\\w.:-]))",
            "(?<CONSTANT>(?<![\\w-])(?:true|false|null|~)(?![\\w-]))",
            "(?<TAG>![\\w/]+)"), Pattern.MULTILINE);
    private static final String[] GROUPS = {"COMMENT", "JSONKEY", "STRING", "KEY", "TEMPLATE", "NUMBER", "CONSTANT",
            "TAG"};

    private YamlHighlighter() {
    }

    static StyleSpans<Collection<String>> spans(String text, List<Diagnostic> diagnostics) {
        return syntax(text).overlay(problems(text, diagnostics), (a, b) -> {
            if (b.isEmpty()) {
                return a;
            }
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        });
    }

    private static StyleSpans<Collection<String>> syntax(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        while (m.find()) {
            String style = "";
            for (String g : GROUPS) {
                if (m.group(g) != null) {
                    style = g.equals("JSONKEY") ? "key" : g.toLowerCase(Locale.ROOT);
                    break;
                }
            }
            spans.add(List.of(), m.start() - last);
            spans.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }

    private static StyleSpans<Collection<String>> problems(String text, List<Diagnostic> diagnostics) {
        List<Range> ranges = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Range r = Range.of(text, d);
            if (r != null) {
                ranges.add(r);
            }
        }
        ranges.sort((x, y) -> Integer.compare(x.start, y.start));
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (Range r : ranges) {
            if (r.end <= at) {
                continue; // covered by an earlier one; the first (in order) wins the style
            }
            int start = Math.max(r.start, at);
            spans.add(List.of(), start - at);
            spans.add(List.of(r.style), r.end - start);
            at = r.end;
        }
        spans.add(List.of(), text.length() - at);
        return spans.create();
    }

    /** Where a diagnostic is underlined: from its column to the end of the line's text (the whole line at 0). */
    record Range(int start, int end, String style) {
        static Range of(String text, Diagnostic d) {
            if (d.line() <= 0) {
                return null;
            }
            int lineStart = TextPositions.lineStart(text, d.line());
            if (lineStart < 0) {
                return null;
            }
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            while (lineEnd > lineStart && Character.isWhitespace(text.charAt(lineEnd - 1))) {
                lineEnd--;
            }
            int start = lineStart;
            if (d.column() > 0) {
                start = Math.min(lineStart + d.column() - 1, lineEnd);
            } else {
                while (start < lineEnd && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            if (start >= lineEnd) { // an error at the end of a line (a missing value): mark the line's last char
                start = Math.max(lineStart, lineEnd - 1);
            }
            if (start >= lineEnd) {
                return null;
            }
            return new Range(start, lineEnd, "problem-" + d.severity().name().toLowerCase(Locale.ROOT));
        }
    }
}
