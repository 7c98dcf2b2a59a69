package io.blueprintstudio.convert;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Column names Glue and Athena accept without quoting: lower case {@code [a-z0-9_]}, not starting with a digit,
 * unique. Accents are folded ("Prénom" becomes "prenom") rather than dropped so names stay recognisable.
 */
final class SafeNames {
    private SafeNames() {
    }

    /** Safe, unique names for the given headers, in order; {@code null} headers get {@code col_<n>}. */
    static List<String> of(List<String> headers) {
        List<String> out = new ArrayList<>(headers.size());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String base = safe(headers.get(i), i + 1);
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + "_" + n;
            }
            out.add(name);
        }
        return out;
    }

    static String safe(String header, int position) {
        if (header == null) {
            return "col_" + position;
        }
        String folded = Normalizer.normalize(header, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String s = folded.replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            return "col_" + position;
        }
        return Character.isDigit(s.charAt(0)) ? "col_" + s : s;
    }
}
