package io.blueprintstudio.ui.editor;

import java.util.Locale;
import java.util.Optional;

/** Plain-text find for the editor's find bar: next or previous match from a position, wrapping around. */
final class TextSearch {
    private TextSearch() {
    }

    /** A match: {@code [start, end)} in the text. */
    record Match(int start, int end) {
    }

    static Optional<Match> find(String text, String query, int from, boolean forward, boolean matchCase) {
        if (query.isEmpty()) {
            return Optional.empty();
        }
        String hay = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int i;
        if (forward) {
            i = hay.indexOf(needle, Math.max(0, from));
            if (i < 0) {
                i = hay.indexOf(needle);
            }
        } else {
            i = from <= 0 ? -1 : hay.lastIndexOf(needle, from - 1);
            if (i < 0) {
                i = hay.lastIndexOf(needle);
            }
        }
        return i < 0 ? Optional.empty() : Optional.of(new Match(i, i + query.length()));
    }

    static int count(String text, String query, boolean matchCase) {
        if (query.isEmpty()) {
            return 0;
        }
        String hay = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int n = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** The text with every match replaced; matching ignores case unless {@code matchCase}. */
    static String replaceAll(String text, String query, String replacement, boolean matchCase) {
        if (query.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Optional<Match> m = find(text, query, 0, true, matchCase); m.isPresent() && m.get().start() >= at;
                m = find(text, query, at, true, matchCase)) {
            out.append(text, at, m.get().start()).append(replacement);
            at = m.get().end();
            if (at >= text.length()) {
                break;
            }
        }
        return out.append(text, at, text.length()).toString();
    }
}
